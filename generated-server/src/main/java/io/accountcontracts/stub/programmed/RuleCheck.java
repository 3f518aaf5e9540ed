package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;
import io.accountcontracts.stub.matching.RequestMatch;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.SpecValidators;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    // The validator's rules about response headers; every other rule it checks an answer by is about the body.
    private static final String HEADER_RULES = "validation.response.header";

    private final DocumentedResponses documented;
    private final SpecValidators validators;
    private final int maxBodyBytes;

    /**
     * @param validators   what a chosen answer is checked with, as strict response validation checks answers
     * @param maxBodyBytes the largest chosen body, as the largest request body: the stub's one size bound
     */
    public RuleCheck(DocumentedResponses documented, SpecValidators validators, int maxBodyBytes) {
        this.documented = documented;
        this.validators = validators;
        this.maxBodyBytes = maxBodyBytes;
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
        return rule(id, operationId, status, delayMs, delay, dribble, fault, count, persistent, null, null, Map.of());
    }

    /**
     * A checked rule that may apply to matching requests only, and may answer with a chosen body and headers.
     * A chosen body or header needs an operationId; without a status it answers with the operation's success
     * status; the answer it makes is checked against the spec, and refused naming each problem.
     *
     * @param match   null for every request of the operation
     * @param body    null to answer with the status's example
     * @param headers names (any case) to values; each must be documented for the status
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
            boolean persistent,
            RequestMatch match,
            JsonNode body,
            Map<String, String> headers) {
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
        headers = headers == null ? Map.of() : headers;
        if (body != null || !headers.isEmpty()) {
            status = chosenStatus(operationId, status, fault, body);
            headers = documentedHeaders(operationId, status, headers);
            checkAnswer(operationId, status, body, headers);
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
                persistent,
                match,
                body,
                headers);
    }

    /** True when a rule with these settings would answer exactly as the stub does anyway. */
    public static boolean changesNothing(Integer status, Long delayMs, Fault fault) {
        return status == null && delayMs == null && fault == null;
    }

    /** True when a rule with these settings would answer exactly as the stub does anyway. */
    public static boolean changesNothing(Integer status, Long delayMs, Delay delay, Dribble dribble, Fault fault) {
        return changesNothing(status, delayMs, fault) && delay == null && dribble == null;
    }

    /** True when a rule with these settings would answer exactly as the stub does anyway. */
    public static boolean changesNothing(
            Integer status,
            Long delayMs,
            Delay delay,
            Dribble dribble,
            Fault fault,
            JsonNode body,
            Map<String, String> headers) {
        return changesNothing(status, delayMs, delay, dribble, fault)
                && body == null
                && (headers == null || headers.isEmpty());
    }

    // The status a chosen answer goes with: the one set, else the operation's success status.
    private int chosenStatus(String operationId, Integer status, Fault fault, JsonNode body) {
        if (operationId == null) {
            throw new IllegalArgumentException("'body' and 'headers' need an operationId: what an answer may hold"
                    + " is what that operation's spec documents.");
        }
        if (fault != null && fault.sendsNothing()) {
            throw new IllegalArgumentException("'body' and 'headers' exclude 'fault' " + fault + ": that fault sends"
                    + " no answer. Only " + Fault.TRUNCATED_BODY + " goes with a chosen answer.");
        }
        if (body != null) {
            int size = body.toString().getBytes(StandardCharsets.UTF_8).length;
            if (size > maxBodyBytes) {
                throw new IllegalArgumentException(
                        "'body' is " + size + " bytes; the stub takes bodies of at most " + maxBodyBytes + " bytes.");
            }
        }
        if (status != null) {
            return status;
        }
        return documented
                .successStatus(operationId)
                .orElseThrow(() -> new IllegalArgumentException(
                        operationId + " documents no success status to answer a chosen body with; set 'status'."));
    }

    // Each chosen header under the spec's own spelling of its name; one the spec does not document is refused.
    private Map<String, String> documentedHeaders(String operationId, int status, Map<String, String> headers) {
        List<String> names = documented.headerNames(operationId, status);
        Map<String, String> spelled = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("'headers': '" + name + "' has no value.");
            }
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                throw new IllegalArgumentException("'headers': Content-Type is not for choosing: every answer is"
                        + " application/json, the only type the spec documents.");
            }
            String documentedName = names.stream()
                    .filter(name::equalsIgnoreCase)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'headers': '" + name + "' is not a header the spec"
                            + " documents for " + operationId + "'s " + status + "; it documents "
                            + (names.isEmpty() ? "none" : DocumentedResponses.inWords(names)) + "."));
            spelled.keySet().removeIf(documentedName::equals);
            spelled.put(documentedName, value);
        });
        return spelled;
    }

    // The answer the rule would send, checked as strict response validation checks every answer.
    private void checkAnswer(String operationId, int status, JsonNode body, Map<String, String> headers) {
        DocumentedResponses.Answer answer = documented.chosen(operationId, status, body, headers);
        String text = answer.body() == null ? null : answer.body().toString();
        List<Problem> problems = validators.checkAnswer(operationId, status, text, answer.headers());
        if (problems.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        boolean headerProblems = false;
        for (Problem problem : problems) {
            if (problem.rule().startsWith(HEADER_RULES)) {
                headerProblems = true;
            } else {
                named.add(ChosenAnswerProblem.ofBody(problem));
            }
        }
        // The validator's words do not say which header broke its schema: check each alone to say so.
        if (headerProblems) {
            headers.forEach(
                    (name, value) -> validators.checkAnswer(operationId, status, text, Map.of(name, value)).stream()
                            .filter(problem -> problem.rule().startsWith(HEADER_RULES))
                            .forEach(problem -> named.add(ChosenAnswerProblem.ofHeader(name, problem))));
        }
        String hint = body != null && body.isTextual()
                ? " The body is the JSON value of 'body' itself: give an object as an object, not as a string."
                : "";
        throw new IllegalArgumentException("The chosen answer breaks what the spec documents for " + operationId + "'s "
                + status + ": " + String.join("; ", named) + "." + hint);
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
