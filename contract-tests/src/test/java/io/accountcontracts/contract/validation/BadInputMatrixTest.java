package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind, against both vendors. Each case must get its documented 4xx (never a
 * 5xx) in that vendor's error shape, and must leave every stored record exactly as it was.
 * CI also runs this class against the packaged jar ({@code -Dcontract.stubUrl}).
 */
class BadInputMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;
    private static final String JSON_TYPE = "application/json";
    /**
     * A well-formed body but for bytes that are not UTF-8. The validator sees decoded text, so cannot see
     * them: the stub must refuse the bytes itself, and say so.
     */
    private static final String NOT_UTF8 = "";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    /**
     * @param violation the validator key the request must break, null when the request itself conforms
     *                  (a wrong token, an unknown id), or {@link #NOT_UTF8}
     */
    record BadInput(
            String name, String method, String path, byte[] body, List<String> headers, int status, String violation) {
        BadInput(String name, String path, byte[] body, List<String> headers, int status, String violation) {
            this(name, "PUT", path, body, headers, status, violation);
        }

        /** The same case as another request, with that body (null for none) and those headers. */
        BadInput to(String otherMethod, String otherPath, byte[] otherBody, List<String> otherHeaders) {
            return new BadInput(
                    name.replaceFirst("^elasticpath: ", "elasticpath " + otherMethod + " " + otherPath + ": "),
                    otherMethod,
                    otherPath,
                    otherBody,
                    otherHeaders,
                    status,
                    violation);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        for (String path : List.of(VANTAGE, EP)) {
            String vendor = path == VANTAGE ? "vantage: " : "elasticpath: ";
            String wrap = path == VANTAGE ? "%s" : "{\"data\":%s}";
            cases.add(json(
                    vendor + "malformed JSON", path, "{\"name\":", 400, "validation.request.body.schema.invalidJson"));
            cases.add(json(vendor + "empty body", path, "", 400, "validation.request.body.missing"));
            cases.add(json(vendor + "JSON array body", path, "[]", 400, "validation.request.body.schema.type"));
            cases.add(json(vendor + "JSON number body", path, "42", 400, "validation.request.body.schema.type"));
            cases.add(
                    json(vendor + "JSON string body", path, "\"account\"", 400, "validation.request.body.schema.type"));
            cases.add(json(vendor + "JSON null body", path, "null", 400, "validation.request.body.schema.type"));
            cases.add(new BadInput(
                    vendor + "text/plain body",
                    path,
                    utf8(wrap.formatted("{\"name\":\"x\"}")),
                    List.of("Authorization", AUTH, "Content-Type", "text/plain"),
                    415,
                    "validation.request.contentType.notAllowed"));
            cases.add(new BadInput(
                    vendor + "no Content-Type",
                    path,
                    utf8(wrap.formatted("{\"name\":\"x\"}")),
                    List.of("Authorization", AUTH),
                    415,
                    null));
            cases.add(json(
                    vendor + "body over 1 MiB",
                    path,
                    wrap.formatted("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}"),
                    413,
                    null));
            cases.add(json(
                    vendor + "name of the wrong type",
                    path,
                    wrap.formatted("{\"name\":42}"),
                    400,
                    "validation.request.body.schema.type"));
            cases.add(json(
                    vendor + "null name",
                    path,
                    wrap.formatted("{\"name\":null}"),
                    400,
                    "validation.request.body.schema.type"));
            cases.add(json(
                    vendor + "unknown field",
                    path,
                    wrap.formatted("{\"name\":\"x\",\"is_admin\":true}"),
                    400,
                    "validation.request.body.schema.additionalProperties"));
            // The vendor's body around a name whose bytes are not UTF-8: 0xC3 opens a two-byte sequence, '(' breaks it.
            String[] aroundName = wrap.formatted("{\"name\":\"|\"}").split("\\|");
            cases.add(new BadInput(
                    vendor + "invalid UTF-8",
                    path,
                    concat(utf8(aroundName[0]), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8(aroundName[1])),
                    List.of("Authorization", AUTH, "Content-Type", JSON_TYPE),
                    400,
                    NOT_UTF8));
            cases.add(json(
                    vendor + "id of 64 KiB",
                    path.substring(0, path.lastIndexOf('/') + 1) + "a".repeat(64 * 1024),
                    wrap.formatted("{\"name\":\"x\"}"),
                    404,
                    null));
            cases.add(json(
                    vendor + "id with an encoded slash and NUL",
                    path.substring(0, path.lastIndexOf('/') + 1) + "..%2F..%2F__admin%2Freset%00",
                    wrap.formatted("{\"name\":\"x\"}"),
                    404,
                    null));
            cases.add(json(
                    vendor + "id in another script",
                    path.substring(0, path.lastIndexOf('/') + 1) + "%E5%B8%B3%E6%88%B7",
                    wrap.formatted("{\"name\":\"x\"}"),
                    404,
                    null));
            cases.add(new BadInput(
                    vendor + "no Authorization",
                    path,
                    utf8(wrap.formatted("{\"name\":\"x\"}")),
                    List.of("Content-Type", JSON_TYPE),
                    401,
                    "validation.request.security.missing"));
            // The validator checks the scheme of the header, not the token: only a non-Bearer shape breaks the spec.
            String malformed = "validation.request.security.invalid";
            for (String[] header : new String[][] {
                {"Bearer", malformed}, {"Basic dXNlcjpwYXNz", malformed}, {ContractStub.TOKEN, malformed},
                {"Bearer,Bearer " + ContractStub.TOKEN, malformed}, {"Bearer ", null}, {"Bearer wrong-token", null},
                {"Bearer " + ContractStub.TOKEN + " extra", null}, {"Bearer " + ContractStub.TOKEN + "\u00e9", null}
            }) {
                cases.add(new BadInput(
                        vendor + "Authorization '" + header[0] + "'",
                        path,
                        utf8(wrap.formatted("{\"name\":\"x\"}")),
                        List.of("Authorization", header[0], "Content-Type", JSON_TYPE),
                        401,
                        header[1]));
            }
            cases.add(new BadInput(
                    vendor + "Accept text/html only",
                    path,
                    utf8(wrap.formatted("{\"name\":\"x\"}")),
                    List.of("Authorization", AUTH, "Content-Type", JSON_TYPE, "Accept", "text/html"),
                    406,
                    "validation.request.accept.notAllowed"));
        }
        cases.add(json(
                "vantage: list given as a string",
                VANTAGE,
                "{\"access_credential_tokens\":\"a\"}",
                400,
                "validation.request.body.schema.type"));
        cases.add(json(
                "vantage: nested id of the wrong type",
                VANTAGE,
                "{\"billing_information_attributes\":{\"id\":\"abc\"}}",
                400,
                "validation.request.body.schema.type"));
        cases.add(json(
                "vantage: nested unknown field",
                VANTAGE,
                "{\"billing_information_attributes\":{\"vat\":\"DE1\"}}",
                400,
                "validation.request.body.schema.additionalProperties"));
        cases.add(json(
                "vantage: invalid contact_email",
                VANTAGE,
                "{\"contact_email\":\"not-an-email\"}",
                400,
                "validation.request.body.schema.format.email"));
        cases.add(json(
                "vantage: invalid billing_email",
                VANTAGE,
                "{\"billing_information_attributes\":{\"billing_email\":[\"a@\"]}}",
                400,
                "validation.request.body.schema.format.email"));
        cases.add(json("elasticpath: no data", EP, "{}", 400, "validation.request.body.schema.required"));
        cases.add(json("elasticpath: null data", EP, "{\"data\":null}", 400, "validation.request.body.schema.type"));
        cases.add(json(
                "elasticpath: data as a string", EP, "{\"data\":\"x\"}", 400, "validation.request.body.schema.type"));
        cases.add(json(
                "elasticpath: unknown top-level member",
                EP,
                "{\"data\":{},\"meta\":{}}",
                400,
                "validation.request.body.schema.additionalProperties"));
        cases.add(json(
                "elasticpath: type other than account",
                EP,
                "{\"data\":{\"type\":\"customer\"}}",
                400,
                "validation.request.body.schema.enum"));
        cases.add(json(
                "elasticpath: empty name",
                EP,
                "{\"data\":{\"name\":\"\"}}",
                400,
                "validation.request.body.schema.minLength"));
        cases.add(json(
                "elasticpath: registration_id of 64 characters",
                EP,
                "{\"data\":{\"registration_id\":\"" + "r".repeat(64) + "\"}}",
                400,
                "validation.request.body.schema.maxLength"));
        cases.add(json(
                "elasticpath: external_ref of 2049 characters",
                EP,
                "{\"data\":{\"external_ref\":\"" + "e".repeat(2049) + "\"}}",
                400,
                "validation.request.body.schema.maxLength"));
        // legal_name, registration_id and external_ref take null (it clears them); the others do not.
        cases.add(json(
                "elasticpath: null parent_id",
                EP,
                "{\"data\":{\"parent_id\":null}}",
                400,
                "validation.request.body.schema.type"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsItsDocumented4xxInTheVendorsShapeAndChangesNothing(BadInput input) throws Exception {
        String before = snapshot();

        HttpResponse<String> response = stub.raw()
                .send("PUT", input.path(), input.body(), input.headers().toArray(String[]::new));

        if (NOT_UTF8.equals(input.violation())) {
            // Malformed JSON would be refused as such even if the stub never looked at the bytes.
            assertDoesNotThrow(
                    () -> JSON.readTree(new String(input.body(), StandardCharsets.UTF_8)),
                    "the case must send well-formed JSON");
            stub.expectRequestBrokenBelowTheSchema();
            // Jackson refuses the bytes too, later, so the message is what shows the stub's own check answered.
            assertEquals(List.of("The request body is not valid UTF-8."), errorTexts(input.path(), response.body()));
        } else if (input.violation() != null) {
            stub.expectRequestViolation(input.violation());
        }
        assertEquals(input.status(), response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE));
        assertVendorErrorShape(input.path(), input.status(), response.body());
        assertEquals(before, snapshot(), "a rejected request must not change any stored record");
    }

    /**
     * The same bad input against Elastic Path's other operations: every body case of the update against the
     * create ({@code POST /v2/accounts}), bar the null {@code parent_id} the create takes; the token and
     * {@code Accept} cases against list, get, create and delete; the odd ids against get and delete.
     */
    static Stream<BadInput> elasticPathOtherOperationCases() {
        String create = "POST /v2/accounts";
        String one = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
        List<String> reads = List.of("GET /v2/accounts", "GET " + one, "DELETE " + one);
        List<BadInput> cases = new ArrayList<>();
        for (BadInput update :
                cases().filter(c -> c.path().startsWith("/v2/accounts/")).toList()) {
            String kind = update.name().substring("elasticpath: ".length());
            if (!update.path().equals(EP)) {
                for (String method : List.of("GET", "DELETE")) {
                    cases.add(update.to(method, update.path(), null, stripContentType(update.headers())));
                }
            } else if (kind.startsWith("Authorization")
                    || kind.startsWith("no Authorization")
                    || kind.startsWith("Accept")) {
                cases.add(update.to("POST", "/v2/accounts", utf8(CREATE_BODY), update.headers()));
                for (String read : reads) {
                    String[] call = read.split(" ");
                    cases.add(update.to(call[0], call[1], null, stripContentType(update.headers())));
                }
            } else if (!kind.equals("null parent_id")) {
                // A body that is too big, not JSON or of the wrong type is refused before what it holds is read.
                cases.add(update.to("POST", "/v2/accounts", typed(update.body()), update.headers()));
            }
        }
        for (String[] missing : new String[][] {
            {"create without a name", "{\"data\":{\"type\":\"account\"}}"},
            {"create without a type", "{\"data\":{\"name\":\"x\"}}"}
        }) {
            BadInput input = json(
                    "elasticpath: " + missing[0],
                    "/v2/accounts",
                    missing[1],
                    400,
                    "validation.request.body.schema.required");
            cases.add(input.to("POST", "/v2/accounts", input.body(), input.headers()));
        }
        return cases.stream();
    }

    // The create requires the type the update may leave out: an update body that starts with the name gets it first,
    // so that each case breaks the create only where it broke the update.
    private static byte[] typed(byte[] updateBody) {
        byte[] untyped = utf8("{\"data\":{\"name\":");
        if (updateBody.length < untyped.length
                || !java.util.Arrays.equals(java.util.Arrays.copyOf(updateBody, untyped.length), untyped)) {
            return updateBody;
        }
        return concat(
                utf8("{\"data\":{\"type\":\"account\",\"name\":"),
                java.util.Arrays.copyOfRange(updateBody, untyped.length, updateBody.length));
    }

    private static final String CREATE_BODY = "{\"data\":{\"type\":\"account\",\"name\":\"x\"}}";

    private static List<String> stripContentType(List<String> headers) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < headers.size(); i += 2) {
            if (!headers.get(i).equals("Content-Type")) {
                kept.add(headers.get(i));
                kept.add(headers.get(i + 1));
            }
        }
        return kept;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elasticPathOtherOperationCases")
    void badInputToElasticPathsOtherOperationsGetsItsDocumented4xxAndChangesNothing(BadInput input) throws Exception {
        String before = snapshot();

        HttpResponse<String> response = stub.raw()
                .send(
                        input.method(),
                        input.path(),
                        input.body(),
                        input.headers().toArray(String[]::new));

        if (NOT_UTF8.equals(input.violation())) {
            stub.expectRequestBrokenBelowTheSchema();
            assertEquals(List.of("The request body is not valid UTF-8."), errorTexts(input.path(), response.body()));
        } else if (input.violation() != null) {
            stub.expectRequestViolation(input.violation());
        }
        assertEquals(input.status(), response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE));
        assertVendorErrorShape(input.path(), input.status(), response.body());
        assertEquals(before, snapshot(), "a rejected request must not change any stored record");
    }

    static void assertVendorErrorShape(String path, int status, String body) throws Exception {
        JsonNode errors = JSON.readTree(body).get("errors");
        assertTrue(errors != null && errors.isArray() && !errors.isEmpty(), body);
        for (JsonNode error : errors) {
            if (path.startsWith("/v2/managed_accounts")) {
                assertTrue(error.isTextual(), body);
                assertFalse(error.asText().contains("Exception"), body);
            } else {
                assertEquals(Integer.toString(status), error.get("status").asText(), body);
                assertTrue(error.get("status").isTextual(), body);
                assertFalse(error.get("title").asText().isEmpty(), body);
                assertFalse(error.path("detail").asText().contains("Exception"), body);
            }
        }
    }

    /** The human-readable text of each error: Vantage's strings, Elastic Path's {@code detail}s. */
    private static List<String> errorTexts(String path, String body) throws Exception {
        List<String> texts = new ArrayList<>();
        for (JsonNode error : JSON.readTree(body).path("errors")) {
            texts.add(
                    path.startsWith("/v2/managed_accounts/")
                            ? error.asText()
                            : error.path("detail").asText());
        }
        return texts;
    }

    private static String snapshot() throws Exception {
        return stub.records().toString();
    }

    private static BadInput json(String name, String path, String body, int status, String violation) {
        return new BadInput(
                name, path, utf8(body), List.of("Authorization", AUTH, "Content-Type", JSON_TYPE), status, violation);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
