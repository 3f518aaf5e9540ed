package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Dribble;
import io.accountcontracts.stub.matching.RequestMatch;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One rule for the next requests of an operation (those it matches): answer with a documented status, a chosen
 * body or headers, wait first, dribble the body, or drop the connection. As JSON (the admin API's answer) a field that is not set is left out.
 *
 * @param id          unique for the life of the server, so a journal entry can name the rule that answered
 * @param operationId the operation it applies to; null for any vendor operation
 * @param status      the documented status to answer with; null to answer as the stub normally would
 * @param delayMs     how long to wait before answering (or before dropping the connection)
 * @param delay       instead of {@code delayMs}: the distribution each answer's wait is drawn from (uniform or
 *                    log-normal); null for none
 * @param dribble     how to spread the body over time; null to send it at once
 * @param fault       what to do to the connection instead of answering; null for none
 * @param remaining   how many more requests it applies to; ignored (0) when persistent
 * @param persistent  applies until the rules are cleared or the stub is reset
 * @param match       which requests of the operation it applies to; null for every one
 * @param body        the body to answer with instead of the status's example, checked against the status's
 *                    schema when the rule was made; null for the example. Not to be changed.
 * @param headers     headers to answer with, each one the spec documents for the status, by the name the spec
 *                    gives it; empty for none
 */
@JsonPropertyOrder({
    "id",
    "operationId",
    "match",
    "status",
    "body",
    "headers",
    "delayMs",
    "delay",
    "dribble",
    "fault",
    "remaining",
    "persistent"
})
public record ProgrammedResponse(
        @JsonProperty("id") long id,
        @JsonProperty("operationId") String operationId,
        @JsonProperty("status") Integer status,

        @JsonProperty("delayMs") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        int delayMs,

        @JsonProperty("delay") Delay delay,
        @JsonProperty("dribble") Dribble dribble,
        @JsonProperty("fault") Fault fault,

        @JsonProperty("remaining") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        int remaining,

        @JsonProperty("persistent") boolean persistent,
        @JsonProperty("match") RequestMatch match,
        @JsonProperty("body") JsonNode body,

        @JsonProperty("headers") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<String, String> headers) {

    public ProgrammedResponse {
        match = match == null || match.isEmpty() ? null : match;
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A rule that answers every request of its operation with the example of its status. */
    public ProgrammedResponse(
            long id,
            String operationId,
            Integer status,
            int delayMs,
            Delay delay,
            Dribble dribble,
            Fault fault,
            int remaining,
            boolean persistent) {
        this(id, operationId, status, delayMs, delay, dribble, fault, remaining, persistent, null, null, Map.of());
    }

    /** A rule with a fixed delay or none, and no dribble. */
    public ProgrammedResponse(
            long id, String operationId, Integer status, int delayMs, Fault fault, int remaining, boolean persistent) {
        this(id, operationId, status, delayMs, null, null, fault, remaining, persistent);
    }

    /** True when it applies to requests of this operation. */
    public boolean appliesTo(String requestOperationId) {
        return operationId == null || operationId.equals(requestOperationId);
    }

    /** True when it applies to this request of its operation: it has no match, or the request matches it. */
    public boolean matches(String requestId, JsonNode requestBody, Function<String, String> header) {
        return match == null || match.matches(requestId, requestBody, header);
    }

    /** The same rule with this many uses left. */
    public ProgrammedResponse withRemaining(int left) {
        return new ProgrammedResponse(
                id, operationId, status, delayMs, delay, dribble, fault, left, persistent, match, body, headers);
    }
}
