package io.accountcontracts.contract.ratelimit;

import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.AUTH;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.assertNoRateLimitHeaders;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.body;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.header;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameManaged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /__admin/rate-limits} on a stub started with {@code --rate-limit elasticpath=25/1s}. */
class RateLimitsAdminTest {

    private static final String PATH = "/__admin/rate-limits";
    private static final String STARTED_WITH =
            "{\"rateLimits\":[{\"vendor\":\"elasticpath\",\"limit\":25,\"windowMs\":1000,\"countedPer\":\"store\"}]}";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withRateLimits("elasticpath=25/1s");

    @Test
    void getListsTheLimitsOfTheStart() {
        HttpResponse<String> armed = admin("GET", null);

        assertEquals(200, armed.statusCode());
        assertEquals(STARTED_WITH, armed.body());
    }

    @Test
    void postArmsAVantageLimitThatItsAnswersShow() {
        HttpResponse<String> posted = admin("POST", "{\"vendor\": \"vantage\", \"limit\": 3, \"windowMs\": 60000}");

        assertEquals(201, posted.statusCode());
        assertEquals(
                "{\"vendor\":\"vantage\",\"limit\":3,\"windowMs\":60000,\"countedPer\":\"access token\"}",
                posted.body());
        assertTrue(admin("GET", null).body().startsWith("{\"rateLimits\":[{\"vendor\":\"vantage\",\"limit\":3"));
        HttpResponse<String> answer = renameManaged(stub, "Counted");
        assertEquals("3", header(answer, "x-rate-limit-limit"));
        assertEquals("2", header(answer, "x-rate-limit-remaining"));
    }

    @Test
    void deleteLiftsEveryLimitAndResetPutsBackThoseOfTheStart() {
        admin("POST", "{\"vendor\": \"vantage\", \"limit\": 3, \"windowMs\": 60000}");

        assertEquals(204, admin("DELETE", null).statusCode());
        assertEquals("{\"rateLimits\":[]}", admin("GET", null).body());
        assertNoRateLimitHeaders(renameManaged(stub, "Free"));

        assertEquals(
                204,
                stub.raw()
                        .send("POST", "/__admin/reset", null, "Authorization", AUTH)
                        .statusCode());
        assertEquals(STARTED_WITH, admin("GET", null).body());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                                  | The request body is empty",
                "{vendor: vantage}                                   | not valid JSON",
                "[1]                                                 | must be a JSON object",
                "{\"vendor\":\"vantage\",\"limit\":3,\"windowMs\":1,\"burst\":2} | Field 'burst' is not known",
                "{\"limit\":3,\"windowMs\":1000}                     | 'vendor' is required",
                "{\"vendor\":7,\"limit\":3,\"windowMs\":1000}        | 'vendor' must be a string",
                "{\"vendor\":\"shopify\",\"limit\":3,\"windowMs\":1000} | 'vendor': 'shopify' is not a vendor of this stub",
                "{\"vendor\":\"vantage\",\"windowMs\":1000}          | 'limit' is required",
                "{\"vendor\":\"vantage\",\"limit\":0,\"windowMs\":1000} | 'limit' must be a whole number from 1",
                "{\"vendor\":\"vantage\",\"limit\":\"3\",\"windowMs\":1000} | 'limit' must be a whole number",
                "{\"vendor\":\"vantage\",\"limit\":2.5,\"windowMs\":1000} | 'limit' must be a whole number",
                "{\"vendor\":\"vantage\",\"limit\":3}                | 'windowMs' is required",
                "{\"vendor\":\"vantage\",\"limit\":3,\"windowMs\":0} | 'windowMs' must be a whole number of milliseconds from 1 to 86400000",
                "{\"vendor\":\"vantage\",\"limit\":3,\"windowMs\":86400001} | 'windowMs' must be"
            })
    void aBadBodyGets400NamingTheFieldAndChangesNothing(String sent, String message) {
        HttpResponse<String> refused = admin("POST", sent);

        assertEquals(400, refused.statusCode(), refused.body());
        String detail = body(refused).at("/errors/0/detail").asText();
        assertTrue(detail.contains(message), detail);
        assertEquals("400", body(refused).at("/errors/0/status").asText());
        assertEquals(STARTED_WITH, admin("GET", null).body());
    }

    @Test
    void everyCallNeedsTheToken() {
        for (String method : new String[] {"GET", "POST", "DELETE"}) {
            HttpResponse<String> refused = stub.raw()
                    .send(
                            method,
                            PATH,
                            "{\"vendor\":\"vantage\",\"limit\":1,\"windowMs\":1000}".getBytes(StandardCharsets.UTF_8),
                            "Content-Type",
                            "application/json");
            assertEquals(401, refused.statusCode(), method);
        }
        assertEquals(STARTED_WITH, admin("GET", null).body());
    }

    private static HttpResponse<String> admin(String method, String body) {
        return stub.raw()
                .send(
                        method,
                        PATH,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
    }
}
