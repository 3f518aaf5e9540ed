package io.accountcontracts.stub.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.routing.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer screen says "conforms" only for an answer that certainly matches what the spec documents for its
 * status, and "ask the full validator" for everything else. (The contract tests' jqwik property checks that
 * agreement over generated answers; this pins the cases.)
 */
class AnswerScreenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORD = "{\"token\":\"acct_1\",\"name\":\"n\",\"contact_email\":\"c\","
            + "\"parent_account_token\":\"acct_0\",\"access_credential_tokens\":[],\"billing_rule_tokens\":[]}";
    private static final String ERRORS = "{\"errors\":[\"Managed Account not found\"]}";
    private static final String JSON_API_ERRORS = "{\"errors\":[{\"status\":\"503\",\"title\":\"Unavailable\"}]}";
    private static final String ACCOUNT = "{\"data\":{\"id\":\"a\",\"type\":\"account\",\"name\":\"n\","
            + "\"meta\":{\"timestamps\":{\"created_at\":\"2021-02-23T09:40:33.882Z\"}}}}";

    private static SpecValidators validators;

    @BeforeAll
    static void load() {
        validators = new SpecValidators();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "the stored record                 | VANTAGE      | 200 | application/json                 | -                          | RECORD  | true",
                "charset spelled the usual way     | VANTAGE      | 200 | application/json; charset=UTF-8  | -                          | RECORD  | true",
                "another charset                   | VANTAGE      | 200 | application/json; charset=latin1 | -                          | RECORD  | false",
                "no Content-Type                   | VANTAGE      | 200 | -                                | -                          | RECORD  | false",
                "no body                           | VANTAGE      | 200 | application/json                 | -                          | -       | false",
                "a body of another status          | VANTAGE      | 200 | application/json                 | -                          | ERRORS  | false",
                "an error as documented            | VANTAGE      | 404 | application/json                 | -                          | ERRORS  | true",
                "a status not documented           | VANTAGE      | 201 | application/json                 | -                          | RECORD  | false",
                "rate-limit headers                | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=1000;x-rate-limit-remaining=0;x-rate-limit-reset=1619380800 | RECORD | true",
                "a header name in another case     | VANTAGE      | 200 | application/json                 | X-Rate-Limit-Limit=1000    | RECORD  | true",
                "a header below its minimum        | VANTAGE      | 200 | application/json                 | x-rate-limit-remaining=-1  | RECORD  | false",
                "a header that is no integer       | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=many    | RECORD  | false",
                "an integer header written 1.0     | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=1.0     | RECORD  | false",
                "an integer header with a 0 before | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=007     | RECORD  | false",
                "an empty integer header           | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=        | RECORD  | false",
                "int32 overflows                   | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=2147483648 | RECORD | false",
                "int64 does not                    | VANTAGE      | 200 | application/json                 | x-rate-limit-reset=2147483648 | RECORD | true",
                "the largest int64                 | VANTAGE      | 200 | application/json                 | x-rate-limit-reset=9223372036854775807 | RECORD | true",
                "past int64                        | VANTAGE      | 200 | application/json                 | x-rate-limit-reset=9223372036854775808 | RECORD | false",
                "an integer header with a plus     | VANTAGE      | 200 | application/json                 | x-rate-limit-limit=+5      | RECORD  | false",
                "an integer header with a space    | VANTAGE      | 200 | application/json                 | x-rate-limit-limit= 5      | RECORD  | false",
                "a header nobody documents         | VANTAGE      | 200 | application/json                 | X-Anything=at all          | RECORD  | true",
                "a documented string header        | VANTAGE      | 401 | application/json                 | WWW-Authenticate=Bearer realm=\"vantage\" | ERRORS | true",
                "an empty error list               | VANTAGE      | 404 | application/json                 | -                          | {\"errors\":[]} | false",
                "the account                       | ELASTIC_PATH | 200 | application/json                 | -                          | ACCOUNT | true",
                "any other status falls to default | ELASTIC_PATH | 503 | application/json                 | -                          | JSON_API_ERRORS | true",
                "and default's schema holds        | ELASTIC_PATH | 503 | application/json                 | -                          | ACCOUNT | false",
                "a time that is not one            | ELASTIC_PATH | 200 | application/json                 | -                          | {\"data\":{\"id\":\"a\",\"type\":\"account\",\"name\":\"n\",\"meta\":{\"timestamps\":{\"created_at\":\"2021-02-30T00:00:00Z\"}}}} | false",
            })
    void screenTakesOnlyWhatCertainlyConforms(
            String what, Vendor vendor, int status, String contentType, String headers, String body, boolean expected)
            throws Exception {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        if (contentType != null) {
            sent.put("Content-Type", List.of(contentType));
        }
        if (headers != null) {
            for (String header : headers.split(";(?=[A-Za-z-]+=)")) {
                String[] nameValue = header.split("=", 2);
                sent.put(nameValue[0], List.of(nameValue[1]));
            }
        }
        JsonNode tree = body == null ? null : JSON.readTree(named(body));

        boolean conforms = validators.answerConformsQuickly(
                vendor, Operation.update(vendor).id(), status, sent, tree);

        assertEquals(expected, conforms, what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "two Content-Type values           | false",
                "a documented header with no value | false",
            })
    void oddHeaderListsAreDeferred(String what, boolean expected) throws Exception {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("Content-Type", List.of("application/json"));
        if (what.startsWith("two")) {
            sent.put("content-type", List.of("application/json"));
        } else {
            sent.put("x-rate-limit-limit", List.of());
        }

        assertEquals(
                expected,
                validators.answerConformsQuickly(
                        Vendor.VANTAGE, Operation.UPDATE_MANAGED_ACCOUNT.id(), 200, sent, JSON.readTree(RECORD)),
                what);
    }

    private static String named(String body) {
        return switch (body) {
            case "RECORD" -> RECORD;
            case "ERRORS" -> ERRORS;
            case "JSON_API_ERRORS" -> JSON_API_ERRORS;
            case "ACCOUNT" -> ACCOUNT;
            default -> body;
        };
    }
}
