package io.accountcontracts.stub.programmed;

import java.time.Duration;
import java.util.Objects;

/**
 * Programs the next responses of one operation (or of any), from Java. Each call checks the change and,
 * once the rule says something (a status, a delay or a fault), installs it; later calls replace it where
 * it stands in the queue, or install it again at the end when it was used up meanwhile. A call that is
 * refused changes nothing.
 */
public final class NextResponse {

    private final ProgrammedResponses rules;
    private final RuleCheck check;
    private final String operationId;
    private final long id;
    private Integer status;
    private Long delayMs;
    private Fault fault;
    private Long count;
    private boolean persistent;

    /**
     * @param operationId null for any vendor operation
     * @throws IllegalArgumentException for an unknown operationId, naming the known ones
     */
    public NextResponse(ProgrammedResponses rules, RuleCheck check, String operationId) {
        check.operation(operationId);
        this.rules = rules;
        this.check = check;
        this.operationId = operationId;
        this.id = rules.nextId();
    }

    /** Answer with this documented status and its example body. */
    public synchronized NextResponse status(int status) {
        return install(status, delayMs, fault, count, persistent);
    }

    /** Apply to this many requests (1 unless said otherwise). */
    public synchronized NextResponse times(int count) {
        return install(status, delayMs, fault, (long) count, persistent);
    }

    /** Wait this long before answering (or before dropping the connection). */
    public synchronized NextResponse delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        long millis = delay.isNegative()
                ? -1
                : delay.compareTo(Duration.ofMillis(RuleCheck.MAX_DELAY_MS)) > 0
                        ? RuleCheck.MAX_DELAY_MS + 1L
                        : delay.toMillis();
        return install(status, millis, fault, count, persistent);
    }

    /** Do this to the connection instead of answering whole. */
    public synchronized NextResponse fault(Fault fault) {
        return install(status, delayMs, Objects.requireNonNull(fault, "fault"), count, persistent);
    }

    /** Apply to every request from now on, until the rules are cleared or the stub is reset. */
    public synchronized NextResponse persistent() {
        return install(status, delayMs, fault, count, true);
    }

    /** The rule's id, as pending responses and journal entries show it. */
    public long id() {
        return id;
    }

    private NextResponse install(Integer status, Long delayMs, Fault fault, Long count, boolean persistent) {
        ProgrammedResponse rule = check.rule(id, operationId, status, delayMs, fault, count, persistent);
        this.status = status;
        this.delayMs = delayMs;
        this.fault = fault;
        this.count = count;
        this.persistent = persistent;
        if (!RuleCheck.changesNothing(status, delayMs, fault)) {
            rules.install(rule);
        }
        return this;
    }
}
