package io.accountcontracts.contract.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The validation every contract test relies on must be able to fail. Each case takes a real, valid
 * exchange with the stub, breaks its response one way, and feeds it to the same validation.
 */
class ValidationCatchesBrokenResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void untouchedStubResponseConforms() throws Exception {
        Exchange real = vantageExchange();

        assertFalse(OfflineValidator.VANTAGE.validateResponse(real).hasErrors());
    }

    @Test
    void responseMissingARequiredFieldIsReported() throws Exception {
        Exchange broken = withBody(vantageExchange(), body -> body.remove("contact_email"));

        assertReported(OfflineValidator.VANTAGE.validateResponse(broken), "validation.response.body.schema.required");
    }

    @Test
    void responseFieldOfTheWrongTypeIsReported() throws Exception {
        Exchange broken = withBody(vantageExchange(), body -> body.put("name", 42));

        assertReported(OfflineValidator.VANTAGE.validateResponse(broken), "validation.response.body.schema.type");
    }

    @Test
    void listOfTheWrongItemTypeIsReported() throws Exception {
        Exchange broken = withBody(
                vantageExchange(), body -> body.putArray("billing_rule_tokens").add(7));

        assertReported(OfflineValidator.VANTAGE.validateResponse(broken), "validation.response.body.schema.type");
    }

    @Test
    void timestampThatIsNotADateTimeIsReported() throws Exception {
        Exchange broken = withBody(
                elasticPathExchange(),
                body -> ((ObjectNode) body.at("/data/meta/timestamps")).put("created_at", "yesterday"));

        assertReported(
                OfflineValidator.ELASTIC_PATH.validateResponse(broken),
                "validation.response.body.schema.format.date-time");
    }

    @Test
    void undocumentedStatusIsReported() throws Exception {
        Exchange real = vantageExchange();
        Exchange broken = new Exchange(
                real.method(),
                real.path(),
                real.requestHeaders(),
                real.requestBody(),
                418,
                real.responseHeaders(),
                real.responseBody());

        assertReported(OfflineValidator.VANTAGE.validateResponse(broken), "validation.response.status.unknown");
    }

    @Test
    void errorInTheOtherVendorsShapeIsReported() throws Exception {
        Exchange real = elasticPathExchange();
        Exchange broken = new Exchange(
                real.method(),
                real.path(),
                real.requestHeaders(),
                real.requestBody(),
                404,
                real.responseHeaders(),
                "{\"errors\":[\"account not found\"]}");

        assertReported(OfflineValidator.ELASTIC_PATH.validateResponse(broken), "validation.response.body.schema.type");
    }

    @Test
    void numericErrorStatusIsReported() throws Exception {
        Exchange real = elasticPathExchange();
        Exchange broken = new Exchange(
                real.method(),
                real.path(),
                real.requestHeaders(),
                real.requestBody(),
                404,
                real.responseHeaders(),
                "{\"errors\":[{\"status\":404,\"title\":\"Not Found\"}]}");

        assertReported(OfflineValidator.ELASTIC_PATH.validateResponse(broken), "validation.response.body.schema.type");
    }

    private static Exchange vantageExchange() throws Exception {
        stub.vantage().updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("Valid"));
        Exchange exchange = stub.lastExchange();
        assertEquals(200, exchange.status());
        return exchange;
    }

    private static Exchange elasticPathExchange() throws Exception {
        stub.elasticPath()
                .updateAccount(
                        "deb6b25f-8451-4211-9a22-95610333df23",
                        new UpdateAccountRequest().data(new AccountUpdate().name("Valid")));
        Exchange exchange = stub.lastExchange();
        assertEquals(200, exchange.status());
        return exchange;
    }

    private static Exchange withBody(Exchange real, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(real.responseBody());
        breakIt.accept(body);
        return new Exchange(
                real.method(),
                real.path(),
                real.requestHeaders(),
                real.requestBody(),
                real.status(),
                real.responseHeaders(),
                JSON.writeValueAsString(body));
    }

    private static void assertReported(ValidationReport report, String key) {
        assertTrue(
                report.getMessages().stream()
                        .anyMatch(m -> m.getKey().equals(key) && m.getLevel() == ValidationReport.Level.ERROR),
                "expected " + key + " in "
                        + report.getMessages().stream()
                                .map(m -> m.getKey() + ": " + m.getMessage())
                                .toList());
    }
}
