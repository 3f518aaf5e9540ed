package io.accountcontracts.stub.programmed;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;

/**
 * What a rule may say, checked the same way for the Java API and the admin API. Messages name the setting
 * as the admin API's JSON field and say what is wrong with it.
 */
public final class RuleCheck {

    public static final int MAX_DELAY_MS = Delay.MAX_MS;
    public static final String COUNT_RANGE = "'count' must be a whole number from 1 to " + Integer.MAX_VALUE + ".";
    public static final String DELAY_RANGE =
            "'delayMs' must be a whole number of milliseconds from 0 to " + MAX_DELAY_MS + ".";
    public static final String SUPPORTED_FAULT = "the supported faults are " + Fault.EMPTY_RESPONSE
            + " (close the connection without an answer), " + Fault.CONNECTION_RESET + " (reset it) and "
            + Fault.TRUNCATED_BODY + " (close it halfway through the body)";

    private final DocumentedResponses documented;

    public RuleCheck(DocumentedResponses documented) {
        this.documented = documented;
    }

    public DocumentedResponses documented() {
        return documented;
    }

    /**
     * @throws IllegalArgumentException for an operationId that is not null (any operation) and not known
     */
    public void operation(String operationId) {
        if (operationId != null && !documented.knows(operationId)) {
            throw new IllegalArgumentException("'operationId': '" + operationId + "' is not an operation of this"
                    + " stub; it serves " + DocumentedResponses.inWords(documented.operationIds()) + ".");
        }
    }

    /**
     * A checked rule. Setting none of status, delay and fault is allowed here (it changes nothing); whoever
     * installs the rule decides what that means.
     *
     * @param count null for the default, 1
     * @throws IllegalArgumentException naming the setting and the problem
     */
    public ProgrammedResponse rule(
            long id, String operationId, Integer status, Long delayMs, Fault fault, Long count, boolean persistent) {
        return rule(id, operationId, status, delayMs, null, null, fault, count, persistent);
    }

    /**
     * A checked rule, with a delay drawn from a distribution, or a dribbled body, or both.
     *
     * @param delay   a distribution (a fixed one counts as {@code delayMs}); null for none
     * @param dribble null to send the body at once
     * @throws IllegalArgumentException naming the setting and the problem
     */
    public ProgrammedResponse rule(
            long id,
            String operationId,
            Integer status,
            Long delayMs,
            Delay delay,
            Dribble dribble,
            Fault fault,
            Long count,
            boolean persistent) {
        if (delay != null && delayMs != null) {
            throw new IllegalArgumentException("'delay' and 'delayMs' exclude each other: 'delayMs' is a fixed delay,"
                    + " 'delay' one drawn from a distribution; set one.");
        }
        if (delay instanceof Delay.Fixed fixed) {
            delayMs = (long) fixed.ms();
            delay = null;
        }
        if (dribble != null && fault != null) {
            throw new IllegalArgumentException("'dribble' and 'fault' exclude each other: a fault sends no body.");
        }
        operation(operationId);
        if (status != null) {
            status(operationId, status);
        }
        if (delayMs != null && (delayMs < 0 || delayMs > MAX_DELAY_MS)) {
            throw new IllegalArgumentException(DELAY_RANGE);
        }
        if (count != null && (count < 1 || count > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(COUNT_RANGE);
        }
        if (status != null && fault != null && fault.sendsNothing()) {
            throw new IllegalArgumentException("'status' and 'fault' " + fault + " exclude each other: that fault"
                    + " sends no status. Only " + Fault.TRUNCATED_BODY + " goes with a status.");
        }
        if (count != null && persistent) {
            throw new IllegalArgumentException(
                    "'count' and 'persistent' exclude each other: a persistent rule applies until it is cleared.");
        }
        return new ProgrammedResponse(
                id,
                operationId,
                status,
                delayMs == null ? 0 : delayMs.intValue(),
                delay,
                dribble,
                fault,
                persistent ? 0 : count == null ? 1 : count.intValue(),
                persistent);
    }

    /** True when a rule with these settings would answer exactly as the stub does anyway. */
    public static boolean changesNothing(Integer status, Long delayMs, Fault fault) {
        return status == null && delayMs == null && fault == null;
    }

    /** True when a rule with these settings would answer exactly as the stub does anyway. */
    public static boolean changesNothing(Integer status, Long delayMs, Delay delay, Dribble dribble, Fault fault) {
        return changesNothing(status, delayMs, fault) && delay == null && dribble == null;
    }

    // A rule for any operation must answer with a status every operation documents, or some answer would
    // break its spec.
    private void status(String operationId, int status) {
        if (operationId != null) {
            if (documented.answer(operationId, status).isEmpty()) {
                throw new IllegalArgumentException("'status': " + status + " is not documented for " + operationId
                        + ", which documents " + documented.describeStatuses(operationId) + ".");
            }
            return;
        }
        for (String operation : documented.operationIds()) {
            if (documented.answer(operation, status).isEmpty()) {
                throw new IllegalArgumentException("'status': " + status + " is not documented for every operation,"
                        + " and the rule names no operationId: " + operation + " documents "
                        + documented.describeStatuses(operation) + ".");
            }
        }
    }
}
