package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.json.JsonText;
import io.accountcontracts.stub.matching.RequestMatch;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Programs the next responses of one operation (or of any), from Java. Each call checks the change and,
 * once the rule says something (a status, a chosen body or header, a delay, a dribble or a fault), installs
 * it; later calls replace it where it stands in the queue, or install it again at the end when it was used up
 * meanwhile. A call that is refused changes nothing.
 *
 * <p>A chosen body is checked against the schema of the rule's status when it is set: set the status first
 * ({@code .status(409).body(...)}); without one, the body is the operation's success answer.
 */
public final class NextResponse {

    private static final ObjectMapper JSON = JsonMapper.create();

    private final ProgrammedResponses rules;
    private final RuleCheck check;
    private final String operationId;
    private final long id;
    private Settings settings = new Settings();

    // What the rule says so far; copied, changed and checked whole, so that a refused call changes nothing.
    private static final class Settings implements Cloneable {
        Integer status;
        Long delayMs;
        Delay delay;
        Dribble dribble;
        Fault fault;
        Long count;
        boolean persistent;
        RequestMatch match = RequestMatch.any();
        JsonNode body;
        Map<String, String> headers = Map.of();

        Settings copy() {
            try {
                return (Settings) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

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

    /** Answer with this documented status and its example body (or the chosen body). */
    public synchronized NextResponse status(int status) {
        return install(s -> s.status = status);
    }

    /**
     * Answer with this body instead of the status's example: JSON that the spec's schema for the status
     * accepts, checked now. Without a status, the operation's success status.
     *
     * @throws IllegalArgumentException when it is not JSON, or breaks the schema, naming each problem
     */
    public synchronized NextResponse body(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode body;
        try {
            body = JsonText.readOne(JSON, json);
        } catch (JsonText.NotJson e) {
            throw new IllegalArgumentException("'body' is not valid JSON: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException("'body' could not be read.");
        }
        return install(s -> s.body = body);
    }

    /**
     * Answer with this header, one the spec documents for the status (name in any case); a second value for
     * the same name replaces the first. Without a status, the operation's success status.
     *
     * @throws IllegalArgumentException for a header the spec does not document there, naming those it does
     */
    public synchronized NextResponse header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return install(s -> {
            Map<String, String> headers = new LinkedHashMap<>(s.headers);
            headers.keySet().removeIf(name::equalsIgnoreCase);
            headers.put(name, value);
            s.headers = headers;
        });
    }

    /** Apply only to requests for this path id ({@code {accountID}}, {@code {managed_account_token}}). */
    public synchronized NextResponse forId(String id) {
        Objects.requireNonNull(id, "id");
        return install(s -> s.match = s.match.withId(id));
    }

    /**
     * Apply only to requests whose body holds {@code value} at the JSON pointer (numbers compare by value);
     * each call adds a condition, and all must hold.
     *
     * @param value a string, number, boolean, null, or anything Jackson turns into a JSON value
     * @throws IllegalArgumentException for a pointer that is neither {@code ""} nor starts with {@code /}
     */
    public synchronized NextResponse whenBody(String pointer, Object value) {
        JsonNode expected = JSON.valueToTree(value);
        return install(s -> s.match = s.match.withBody(pointer, expected));
    }

    /** Apply only to requests carrying this header (name in any case) with exactly this value. */
    public synchronized NextResponse whenHeader(String name, String value) {
        return install(s -> s.match = s.match.withHeader(name, value));
    }

    /** Apply to this many requests (1 unless said otherwise). */
    public synchronized NextResponse times(int count) {
        return install(s -> s.count = (long) count);
    }

    /** Wait this long before answering (or before dropping the connection); replaces a distribution. */
    public synchronized NextResponse delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        long millis = delay.isNegative()
                ? -1
                : delay.compareTo(Duration.ofMillis(RuleCheck.MAX_DELAY_MS)) > 0
                        ? RuleCheck.MAX_DELAY_MS + 1L
                        : delay.toMillis();
        return install(s -> {
            s.delayMs = millis;
            s.delay = null;
        });
    }

    /**
     * Wait a time drawn afresh for each answer, such as {@code Delay.uniform(ofMillis(20), ofMillis(80))} or
     * {@code Delay.lognormal(ofMillis(80), 0.4)}; replaces a fixed delay ({@code Delay.fixed} is one).
     */
    public synchronized NextResponse delay(Delay delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay instanceof Delay.Fixed fixed) {
            return install(s -> {
                s.delayMs = (long) fixed.ms();
                s.delay = null;
            });
        }
        return install(s -> {
            s.delayMs = null;
            s.delay = delay;
        });
    }

    /**
     * Send the answer's body in {@code chunks} pieces spread over {@code duration} (headers first, with the
     * full length), as WireMock's {@code withChunkedDribbleDelay} does; with a status, its example (or the
     * chosen body) is dribbled.
     */
    public synchronized NextResponse dribble(int chunks, Duration duration) {
        Dribble dribble = Dribble.of(chunks, duration);
        return install(s -> s.dribble = dribble);
    }

    /** Do this to the connection instead of answering whole. */
    public synchronized NextResponse fault(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        return install(s -> s.fault = fault);
    }

    /** Apply to every request from now on, until the rules are cleared or the stub is reset. */
    public synchronized NextResponse persistent() {
        return install(s -> s.persistent = true);
    }

    /** The rule's id, as pending responses and journal entries show it. */
    public long id() {
        return id;
    }

    private NextResponse install(Consumer<Settings> change) {
        Settings next = settings.copy();
        change.accept(next);
        ProgrammedResponse rule = check.rule(
                id,
                operationId,
                next.status,
                next.delayMs,
                next.delay,
                next.dribble,
                next.fault,
                next.count,
                next.persistent,
                next.match,
                next.body,
                next.headers);
        settings = next;
        if (!RuleCheck.changesNothing(
                next.status, next.delayMs, next.delay, next.dribble, next.fault, next.body, next.headers)) {
            rules.install(rule);
        }
        return this;
    }
}
