package io.accountcontracts.stub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.accountcontracts.stub.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What a request must be for a rule (or a verification) to apply, and what differs when it is not. */
class RequestMatchTest {

    private static final ObjectMapper JSON = JsonMapper.create();
    private static final Function<String, String> NO_HEADERS = name -> null;

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    // Header lookups are by name in any case, as a request's are.
    private static Function<String, String> headers(Map<String, String> sent) {
        return name -> sent.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Test
    void anyMatchesEveryRequestAndIsEmpty() throws Exception {
        assertTrue(RequestMatch.any().isEmpty());
        assertEquals(List.of(), RequestMatch.any().differences(null, null, NO_HEADERS));
        assertTrue(RequestMatch.any().matches("acct_1", json("{\"a\":1}"), NO_HEADERS));
        assertFalse(RequestMatch.any().withId("x").isEmpty());
    }

    @Test
    void theIdMustBeTheSame() {
        RequestMatch match = RequestMatch.any().withId("acct_y");

        assertEquals(List.of(), match.differences("acct_y", null, NO_HEADERS));
        assertEquals(List.of("id is 'acct_x', not 'acct_y'"), match.differences("acct_x", null, NO_HEADERS));
        assertEquals(List.of("id is absent, not 'acct_y'"), match.differences(null, null, NO_HEADERS));
        assertFalse(match.matches("acct_x", null, NO_HEADERS));
    }

    @Test
    void bodyValuesByPointerNumbersByValue() throws Exception {
        RequestMatch match = RequestMatch.any()
                .withBody("/data/name", TextNode.valueOf("Acme"))
                .withBody("/data/count", IntNode.valueOf(1))
                .withBody("/data/tags", json("[\"a\",{\"n\":2}]"));
        JsonNode same = json("{\"data\":{\"name\":\"Acme\",\"count\":1.0,\"tags\":[\"a\",{\"n\":2.00}],\"x\":0}}");

        assertEquals(List.of(), match.differences(null, same, NO_HEADERS));
        assertTrue(match.matches(null, same, NO_HEADERS));

        JsonNode other = json("{\"data\":{\"name\":\"Acme Ltd\",\"count\":2,\"tags\":[\"a\"]}}");
        assertEquals(
                List.of(
                        "/data/name is \"Acme Ltd\", not \"Acme\"",
                        "/data/count is 2, not 1",
                        "/data/tags is [\"a\"], not [\"a\",{\"n\":2}]"),
                match.differences(null, other, NO_HEADERS));
        assertFalse(match.matches(null, other, NO_HEADERS));
    }

    @Test
    void aMissingValueIsNotANullOne() throws Exception {
        RequestMatch match = RequestMatch.any().withBody("/data/name", NullNode.instance);

        assertEquals(List.of(), match.differences(null, json("{\"data\":{\"name\":null}}"), NO_HEADERS));
        assertEquals(
                List.of("/data/name is missing, not null"), match.differences(null, json("{\"data\":{}}"), NO_HEADERS));
        assertEquals(List.of("/data/name is missing, not null"), match.differences(null, null, NO_HEADERS));
        assertEquals(
                List.of("/data/name is missing, not null"),
                RequestMatch.any().withBody("/data/name", null).differences(null, null, NO_HEADERS));
    }

    @Test
    void theEmptyPointerIsTheWholeBody() throws Exception {
        RequestMatch match = RequestMatch.any().withBody("", json("{\"name\":\"n\"}"));

        assertTrue(match.matches(null, json("{\"name\":\"n\"}"), NO_HEADERS));
        assertEquals(
                List.of("the body is {\"name\":\"m\"}, not {\"name\":\"n\"}"),
                match.differences(null, json("{\"name\":\"m\"}"), NO_HEADERS));
    }

    @Test
    void aPointerMustBeEmptyOrStartWithASlash() {
        String message = assertThrows(
                        IllegalArgumentException.class,
                        () -> RequestMatch.any().withBody("data/name", BooleanNode.TRUE))
                .getMessage();

        assertTrue(message.contains("'data/name'") && message.contains("JSON pointer"), message);
        assertThrows(
                IllegalArgumentException.class,
                () -> new RequestMatch(null, Map.of("name", BooleanNode.TRUE), Map.of()));
    }

    @Test
    void headersByNameInAnyCaseAndExactValue() {
        RequestMatch match = RequestMatch.any().withHeader("X-Request-Id", "r1").withHeader("x-request-id", "r2");

        assertEquals(Map.of("x-request-id", "r2"), match.headers());
        assertEquals(List.of(), match.differences(null, null, headers(Map.of("X-REQUEST-ID", "r2"))));
        assertEquals(
                List.of("header x-request-id is 'r1', not 'r2'"),
                match.differences(null, null, headers(Map.of("X-Request-Id", "r1"))));
        assertEquals(List.of("header x-request-id is absent, not 'r2'"), match.differences(null, null, NO_HEADERS));
        assertThrows(IllegalArgumentException.class, () -> match.withHeader("X-Other", null));
    }

    @Test
    void aCredentialIsNeverQuoted() {
        RequestMatch match = RequestMatch.any().withHeader("Authorization", "Bearer wanted-secret");

        List<String> differences =
                match.differences(null, null, headers(Map.of("Authorization", "Bearer sent-secret")));

        assertEquals(1, differences.size());
        assertFalse(differences.get(0).toLowerCase(Locale.ROOT).contains("secret"), differences.get(0));
        assertTrue(differences.get(0).startsWith("header Authorization is"), differences.get(0));
    }

    @Test
    void everyDifferenceIsListed() throws Exception {
        RequestMatch match = RequestMatch.any()
                .withId("a")
                .withBody("/n", DoubleNode.valueOf(1.5))
                .withHeader("X-A", "1");

        assertEquals(3, match.differences("b", json("{\"n\":1}"), NO_HEADERS).size());
    }

    @Test
    void asJsonAnUnsetPartIsLeftOut() throws Exception {
        assertEquals(json("{}"), JSON.valueToTree(RequestMatch.any()));
        assertEquals(
                json("{\"id\":\"a\",\"body\":{\"/data/name\":\"Acme\"},\"headers\":{\"X-A\":\"1\"}}"),
                JSON.valueToTree(RequestMatch.any()
                        .withHeader("X-A", "1")
                        .withBody("/data/name", TextNode.valueOf("Acme"))
                        .withId("a")));
    }
}
