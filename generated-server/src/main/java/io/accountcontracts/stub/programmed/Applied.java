package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.InterceptorContext;

/**
 * What programming changed about one answer, carried on the request for the journal and the access log.
 * As JSON a field that is not set is left out.
 *
 * @param by      {@link #BY_RULE} or {@link #BY_PREFER_HEADER}
 * @param id      the rule's id; null for a Prefer header
 * @param status  the status answered with; null when the stub answered as usual
 * @param example the name of the example whose body was sent; null with the status
 * @param delayMs how long the answer waited
 * @param fault   what was done to the connection instead of answering; null for none
 */
@JsonPropertyOrder({"by", "id", "status", "example", "delayMs", "fault"})
public record Applied(
        @JsonProperty("by") String by,
        @JsonProperty("id") Long id,
        @JsonProperty("status") Integer status,
        @JsonProperty("example") String example,

        @JsonProperty("delayMs") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        int delayMs,

        @JsonProperty("fault") Fault fault) {

    public static final String BY_RULE = "next-responses";
    public static final String BY_PREFER_HEADER = "prefer-header";
    private static final String PROPERTY = Applied.class.getName();

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
