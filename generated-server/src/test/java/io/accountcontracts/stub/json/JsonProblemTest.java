package io.accountcontracts.stub.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of unreadable body the parser reports gets its own plain sentence, with the place. */
class JsonProblemTest {

    private static final ObjectMapper MAPPER = JsonMapper.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":\"x\"                  | unexpected end of input at line 1, column 12",
                "{\"name\":x}                     | unrecognized word 'x' (strings need double quotes; the other words are true, false and null) at line 1, column 9",
                "{\"name\":\"x\",}                | unexpected character '}', expected a field name in double quotes at line 1, column 13",
                "{/*c*/}                          | unexpected character '/' (comments are not allowed) at line 1, column 2",
                "{'name':1}                       | unexpected character ''', expected a field name in double quotes at line 1, column 2",
                "{\"name\" 1}                     | unexpected character '1', expected ':' at line 1, column 9",
                "{\"a\":1 \"b\":2}                | unexpected character '\"', expected ',' or '}' at line 1, column 8",
                "[1 2]                            | unexpected character '2', expected ',' or ']' at line 1, column 4",
                "{\"a\":01}                       | invalid number at line 1, column 7",
                "{\"a\":NaN}                      | invalid number at line 1, column 9",
                "{\"a\":\"\\q\"}                  | invalid escape sequence 'q' in a string at line 1, column 8",
                "{\"a\":1]                        | unexpected ']' at line 1, column 7",
                "{\"a\":,}                        | unexpected character ',', expected a value at line 1, column 6"
            })
    void eachParseFailureIsToldInPlainWords(String body, String expected) {
        assertEquals("Request body is not valid JSON: " + expected + ".", problemIn(body.strip()));
    }

    @Test
    void controlCharacterInAStringIsNamedByItsCodePoint() {
        assertEquals(
                "Request body is not valid JSON: control character U+0001 inside a string must be escaped"
                        + " at line 1, column 7.",
                problemIn("{\"a\":\"\u0001\"}"));
    }

    // Written with Java's Unicode escapes, which the compiler turns into the characters themselves.
    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"a\":1 \u0100}          | unexpected character U+0100, expected ',' or '}' at line 1, column 8",
                "{\"a\":\"\\\u0100\"}     | invalid escape sequence U+0100 in a string at line 1, column 8",
                "\ufeff{\"a\":1}           | unexpected character U+FEFF (a byte order mark), expected a value at line 1, column 1",
                "{\"a\":\ud83d\ude00}      | unexpected character U+1F600, expected a value at line 1, column 6",
                "{\ud83d\ude00:1}            | unexpected character U+1F600, expected a field name in double quotes at line 1, column 2",
                "[1 \ud83d\ude00]            | unexpected character U+1F600, expected ',' or ']' at line 1, column 4"
            })
    void characterAboveLatin1IsNamedByItsCodePoint(String body, String expected) throws Exception {
        JsonText.NotJson e = assertThrows(JsonText.NotJson.class, () -> JsonText.readOne(MAPPER, body.strip()));

        assertEquals(expected, e.getMessage());
    }

    @Test
    void valueThatCannotBeBoundNamesTheFieldNotTheJavaType() {
        JsonProcessingException e = assertThrows(
                JsonProcessingException.class,
                () -> MAPPER.readValue(
                        "{\"billing_information_attributes\":{\"id\":99999999999999999999}}",
                        UpdateManagedAccount.class));

        assertEquals(
                "Request body field 'billing_information_attributes.id' cannot be read: the number is out of range.",
                JsonProblem.of(e));
    }

    private static String problemIn(String body) {
        return JsonProblem.of(assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(body)));
    }
}
