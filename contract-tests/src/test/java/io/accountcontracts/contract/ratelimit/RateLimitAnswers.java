package io.accountcontracts.contract.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;

/** Requests the rate-limit tests send over the wire, and what they read from the answers. */
final class RateLimitAnswers {

    static final String MANAGED_PATH = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    static final String ACCOUNT_ID = "deb6b25f-8451-4211-9a22-95610333df23";
    static final String ACCOUNT_PATH = "/v2/accounts/" + ACCOUNT_ID;
    static final String AUTH = "Bearer " + ContractStub.TOKEN;
    static final List<String> HEADERS = List.of("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset");

    private static final ObjectMapper JSON = new ObjectMapper();

    private RateLimitAnswers() {}

    static HttpResponse<String> renameManaged(ContractStub stub, String name) {
        return stub.raw()
                .put(
                        MANAGED_PATH,
                        "{\"name\":\"" + name + "\"}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
    }

    static HttpResponse<String> renameAccount(ContractStub stub, String name) {
        return stub.raw()
                .put(
                        ACCOUNT_PATH,
                        "{\"data\":{\"type\":\"account\",\"name\":\"" + name + "\"}}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
    }

    static String header(HttpResponse<String> answer, String name) {
        return answer.headers().firstValue(name).orElse(null);
    }

    static JsonNode body(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoRateLimitHeaders(HttpResponse<String> answer) {
        for (String name : HEADERS) {
            assertEquals(null, header(answer, name), name + " on " + answer);
        }
    }
}
