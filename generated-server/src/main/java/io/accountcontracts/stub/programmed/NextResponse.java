package io.accountcontracts.stub.programmed;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;
import java.time.Duration;
import java.util.Objects;

/**
 * Programs the next responses of one operation (or of any), from Java. Each call checks the change and,
 * once the rule says something (a status, a delay, a dribble or a fault), installs it; later calls replace it where
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
    private Delay delay;
    private Dribble dribble;
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
        return install(status, delayMs, delay, dribble, fault, count, persistent);
    }

    /** Apply to this many requests (1 unless said otherwise). */
    public synchronized NextResponse times(int count) {
        return install(status, delayMs, delay, dribble, fault, (long) count, persistent);
    }

    /** Wait this long before answering (or before dropping the connection); replaces a distribution. */
    public synchronized NextResponse delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        long millis = delay.isNegative()
                ? -1
                : delay.compareTo(Duration.ofMillis(RuleCheck.MAX_DELAY_MS)) > 0
                        ? RuleCheck.MAX_DELAY_MS + 1L
                        : delay.toMillis();
        return install(status, millis, null, dribble, fault, count, persistent);
    }

    /**
     * Wait a time drawn afresh for each answer, such as {@code Delay.uniform(ofMillis(20), ofMillis(80))} or
     * {@code Delay.lognormal(ofMillis(80), 0.4)}; replaces a fixed delay ({@code Delay.fixed} is one).
     */
    public synchronized NextResponse delay(Delay delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay instanceof Delay.Fixed fixed) {
            return install(status, (long) fixed.ms(), null, dribble, fault, count, persistent);
        }
        return install(status, null, delay, dribble, fault, count, persistent);
    }

    /**
     * Send the answer's body in {@code chunks} pieces spread over {@code duration} (headers first, with the
     * full length), as WireMock's {@code withChunkedDribbleDelay} does; with a status, its example is dribbled.
     */
    public synchronized NextResponse dribble(int chunks, Duration duration) {
        return install(status, delayMs, delay, Dribble.of(chunks, duration), fault, count, persistent);
    }

    /** Do this to the connection instead of answering whole. */
    public synchronized NextResponse fault(Fault fault) {
        return install(status, delayMs, delay, dribble, Objects.requireNonNull(fault, "fault"), count, persistent);
    }

    /** Apply to every request from now on, until the rules are cleared or the stub is reset. */
    public synchronized NextResponse persistent() {
        return install(status, delayMs, delay, dribble, fault, count, true);
    }

    /** The rule's id, as pending responses and journal entries show it. */
    public long id() {
        return id;
    }

    private NextResponse install(
            Integer status, Long delayMs, Delay delay, Dribble dribble, Fault fault, Long count, boolean persistent) {
        ProgrammedResponse rule =
                check.rule(id, operationId, status, delayMs, delay, dribble, fault, count, persistent);
        this.status = status;
        this.delayMs = delayMs;
        this.delay = delay;
        this.dribble = dribble;
        this.fault = fault;
        this.count = count;
        this.persistent = persistent;
        if (!RuleCheck.changesNothing(status, delayMs, delay, dribble, fault)) {
            rules.install(rule);
        }
        return this;
    }
}
