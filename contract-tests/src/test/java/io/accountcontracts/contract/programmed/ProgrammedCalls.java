package io.accountcontracts.contract.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The HTTP calls the tests of programmed answers make: updates, and the next-responses admin API. */
final class ProgrammedCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MANAGED = "acct_dd2fdf6564b60319";
    static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    static final String RULES = "/__admin/next-responses";
    static final String MARK = "X-Stub-Programmed";

    private final ContractStub stub;

    ProgrammedCalls(ContractStub stub) {
        this.stub = stub;
    }

    /** Updates an Elastic Path account's name, with extra headers as name, value pairs. */
    HttpResponse<String> updateAccount(String id, String name, String... headers) {
        return stub.raw().put("/v2/accounts/" + id, "{\"data\":{\"name\":\"" + name + "\"}}", withAuth(headers));
    }

    /** Updates a Vantage managed account's name, with extra headers as name, value pairs. */
    HttpResponse<String> updateManagedAccount(String token, String name, String... headers) {
        return stub.raw().put("/v2/managed_accounts/" + token, "{\"name\":\"" + name + "\"}", withAuth(headers));
    }

    private static String[] withAuth(String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Authorization";
        all[1] = "Bearer " + ContractStub.TOKEN;
        all[2] = "Content-Type";
        all[3] = "application/json";
        System.arraycopy(headers, 0, all, 4, headers.length);
        return all;
    }

    HttpResponse<String> admin(String method, String path, String body) {
        return body == null
                ? stub.raw().send(method, path, null, "Authorization", "Bearer " + ContractStub.TOKEN)
                : stub.raw()
                        .send(
                                method,
                                path,
                                body.getBytes(StandardCharsets.UTF_8),
                                "Authorization",
                                "Bearer " + ContractStub.TOKEN,
                                "Content-Type",
                                "application/json");
    }

    /** Installs a rule, which must be accepted, and returns it as the stub answered. */
    JsonNode program(String rule) {
        HttpResponse<String> installed = admin("POST", RULES, rule);
        assertEquals(201, installed.statusCode(), installed.body());
        return json(installed.body());
    }

    JsonNode pending() {
        HttpResponse<String> listed = admin("GET", RULES, null);
        assertEquals(200, listed.statusCode(), listed.body());
        return json(listed.body()).get("nextResponses");
    }

    JsonNode journal() {
        return json(admin("GET", "/__admin/journal", null).body()).get("requests");
    }

    /** The failure and its causes, outermost first. */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
