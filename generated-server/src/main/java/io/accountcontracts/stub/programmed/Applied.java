package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.InterceptorContext;
import java.util.List;

/**
 * What programming changed about one answer, carried on the request for the journal and the access log.
 * As JSON a field that is not set is left out.
 *
 * @param by      {@link #BY_RULE} or {@link #BY_PREFER_HEADER}
 * @param id      the rule's id; null for a Prefer header
 * @param status  the status answered with; null when the stub answered as usual
 * @param example the name of the example whose body was sent; null with the status, or when the body was chosen
 * @param delayMs how long the answer waited (drawn from {@code delay} when there is one); null for no wait
 * @param delay   the distribution the wait was drawn from; null for a fixed wait or none
 * @param dribble how the body was spread over time; null when it went at once
 * @param fault   what was done to the connection instead of answering; null for none
 * @param body    {@link #CHOSEN} when the rule's chosen body was sent instead of an example; null otherwise (the
 *                body itself is the rule's, and is not kept a second time)
 * @param headers the names of the headers the rule chose; null for none
 */
@JsonPropertyOrder({"by", "id", "status", "example", "body", "headers", "delayMs", "delay", "dribble", "fault"})
public record Applied(
        @JsonProperty("by") String by,
        @JsonProperty("id") Long id,
        @JsonProperty("status") Integer status,
        @JsonProperty("example") String example,

        @JsonProperty("delayMs") Integer delayMs,

        @JsonProperty("delay") Delay delay,
        @JsonProperty("dribble") Dribble dribble,
        @JsonProperty("fault") Fault fault,
        @JsonProperty("body") String body,
        @JsonProperty("headers") List<String> headers) {

    public static final String BY_RULE = "next-responses";
    public static final String BY_PREFER_HEADER = "prefer-header";
    /** What {@code body} says when a chosen body was sent. */
    public static final String CHOSEN = "chosen";

    private static final String PROPERTY = Applied.class.getName();

    /** Without a chosen body or headers. */
    public Applied(
            String by,
            Long id,
            Integer status,
            String example,
            Integer delayMs,
            Delay delay,
            Dribble dribble,
            Fault fault) {
        this(by, id, status, example, delayMs, delay, dribble, fault, null, null);
    }

    /** Without a distribution or a dribble; a delay of 0 is none. */
    public Applied(String by, Long id, Integer status, String example, int delayMs, Fault fault) {
        this(by, id, status, example, delayMs == 0 ? null : delayMs, null, null, fault);
    }

    /** True when no answer at all went out. */
    public boolean dropped() {
        return fault != null && fault.sendsNothing();
    }

    public void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    /** What was applied to this request; null when it was answered as usual. */
    public static Applied of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Applied applied ? applied : null;
    }

    /** What was applied to the request whose answer is being written; null when it was answered as usual. */
    public static Applied of(InterceptorContext answer) {
        return answer.getProperty(PROPERTY) instanceof Applied applied ? applied : null;
    }
}
