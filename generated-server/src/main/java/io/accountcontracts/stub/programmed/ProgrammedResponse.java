package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One rule for the next requests of an operation: answer with a documented status, wait first, or drop
 * the connection. As JSON (the admin API's answer) a field that is not set is left out.
 *
 * @param id          unique for the life of the server, so a journal entry can name the rule that answered
 * @param operationId the operation it applies to; null for any vendor operation
 * @param status      the documented status to answer with; null to answer as the stub normally would
 * @param delayMs     how long to wait before answering (or before dropping the connection)
 * @param fault       what to do to the connection instead of answering; null for none
 * @param remaining   how many more requests it applies to; ignored (0) when persistent
 * @param persistent  applies until the rules are cleared or the stub is reset
 */
@JsonPropertyOrder({"id", "operationId", "status", "delayMs", "fault", "remaining", "persistent"})
public record ProgrammedResponse(
        @JsonProperty("id") long id,
        @JsonProperty("operationId") String operationId,
        @JsonProperty("status") Integer status,

        @JsonProperty("delayMs") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        int delayMs,

        @JsonProperty("fault") Fault fault,

        @JsonProperty("remaining") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        int remaining,

        @JsonProperty("persistent") boolean persistent) {

    /** True when it applies to requests of this operation. */
    public boolean appliesTo(String requestOperationId) {
        return operationId == null || operationId.equals(requestOperationId);
    }
}
