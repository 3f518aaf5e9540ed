package io.accountcontracts.contract.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.contract.support.Resources;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stub serves the artifact's specs, without a token, as YAML and as JSON; and a docs page. */
class ServedSpecsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vantage-managed-accounts.yaml",
                "vantage-managed-accounts.json",
                "elasticpath-accounts.yaml",
                "elasticpath-accounts.json"
            })
    void specIsTheArtifactsFileByteForByteWithoutAToken(String file) throws Exception {
        HttpResponse<String> spec = stub.raw().send("GET", "/openapi/" + file, null);

        assertEquals(200, spec.statusCode());
        assertEquals(Resources.text("/openapi/" + file), spec.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vantage-managed-accounts.yaml", "elasticpath-accounts.json"})
    void selfServerListsThisStubFirstAndKeepsTheVendors(String file) throws Exception {
        HttpResponse<String> spec = stub.raw().send("GET", "/openapi/" + file + "?server=self", null);

        JsonNode servers = YAML.readTree(spec.body()).get("servers");
        assertEquals(stub.baseUri().toString(), servers.get(0).get("url").asText());
        assertTrue(servers.size() > 1 && servers.get(1).get("url").asText().startsWith("https://"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css"})
    void docsPageAndItsAssetsNeedNoTokenAndComeFromTheStub(String path) {
        HttpResponse<String> page = stub.raw().send("GET", path, null);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().length() > 100);
        assertTrue(!page.body().contains("https://unpkg.com") && !page.body().contains("cdn.jsdelivr"));
    }
}
