package io.accountcontracts.contract.junit;

import java.time.Duration;

/**
 * The answer to the next requests of one operation, as a test programs it:
 * {@code stub.nextResponse(UPDATE_ACCOUNT).forId(id).status(409).body("{...}")}. Each call checks the change
 * against the operation's spec at once, and a refused one (an undocumented status, a body that breaks the
 * status's schema, a header the spec does not document) throws {@link IllegalArgumentException} naming each
 * problem, and changes nothing. Rules apply first in, first out; one that does not match a request is skipped.
 */
public final class NextResponse {

    private final io.accountcontracts.stub.programmed.NextResponse rule;

    NextResponse(io.accountcontracts.stub.programmed.NextResponse rule) {
        this.rule = rule;
    }

    /** Answer with this documented status and, unless {@link #body} says otherwise, its first example. */
    public NextResponse status(int status) {
        rule.status(status);
        return this;
    }

    /**
     * Answer with this JSON body; it must pass the response schema the spec documents for the status (the
     * operation's success status when none is set).
     */
    public NextResponse body(String json) {
        rule.body(json);
        return this;
    }

    /** Send this header too; the spec must document it for the status. */
    public NextResponse header(String name, String value) {
        rule.header(name, value);
        return this;
    }

    /** Apply only to requests whose path names this account. */
    public NextResponse forId(String id) {
        rule.forId(id);
        return this;
    }

    /** Apply only to requests with this value at the JSON pointer in their body; each call adds a condition. */
    public NextResponse whenBody(String pointer, Object value) {
        rule.whenBody(pointer, value);
        return this;
    }

    /** Apply only to requests with this header (its name without regard to case) and exactly this value. */
    public NextResponse whenHeader(String name, String value) {
        rule.whenHeader(name, value);
        return this;
    }

    /** Apply to this many requests (1 unless said otherwise). */
    public NextResponse times(int count) {
        rule.times(count);
        return this;
    }

    /** Apply to every matching request until the test ends. */
    public NextResponse persistent() {
        rule.persistent();
        return this;
    }

    /** Wait this long before answering (or before the fault). */
    public NextResponse delay(Duration delay) {
        rule.delay(delay);
        return this;
    }

    /** Wait a time drawn afresh for each answer, such as {@code Delay.uniform(ofMillis(20), ofMillis(80))}. */
    public NextResponse delay(Delay delay) {
        rule.delay(delay.stub());
        return this;
    }

    /** Use {@link #delay(Delay)}; this one takes the server's own type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public NextResponse delay(io.accountcontracts.stub.delay.Delay delay) {
        rule.delay(delay);
        return this;
    }

    /** Send the body in {@code chunks} pieces spread over {@code duration}, headers first. */
    public NextResponse dribble(int chunks, Duration duration) {
        rule.dribble(chunks, duration);
        return this;
    }

    /** Do this to the connection instead of answering whole. */
    public NextResponse fault(Fault fault) {
        rule.fault(fault.stub());
        return this;
    }

    /** Use {@link #fault(Fault)}; this one takes the server's own type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public NextResponse fault(io.accountcontracts.stub.programmed.Fault fault) {
        rule.fault(fault);
        return this;
    }

    /** The rule's id, as the journal and {@code GET /__admin/next-responses} show it. */
    public long id() {
        return rule.id();
    }
}
