package io.accountcontracts.stub.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

    private static final ObjectMapper MAPPER = JsonMapper.create();

    @Test
    void oneValueWithWhiteSpaceAroundIsRead() throws Exception {
        try (var parser = MAPPER.createParser(" {\"a\":1}\n\t ")) {
            assertEquals(MAPPER.readTree("{\"a\":1}"), JsonText.readOne(MAPPER, parser));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a second value           | {} {}    | unexpected content after the JSON value at line 1, column 4",
                "a word after the value   | {} x     | unexpected content after the JSON value at line 1, column 4",
                "a stray bracket          | {}]      | unexpected content after the JSON value at line 1, column 3",
                "not JSON at all          | x        | unrecognized word 'x' (strings need double quotes; the other words are true, false and null) at line 1, column 1",
                "cut short                | {\"a\":  | unexpected end of input at line 1, column 6"
            })
    void anythingButOneValueIsRefusedSayingWhatAndWhere(String what, String text, String problem) throws Exception {
        try (var parser = MAPPER.createParser(text.strip())) {
            JsonText.NotJson refused = assertThrows(JsonText.NotJson.class, () -> JsonText.readOne(MAPPER, parser));

            assertEquals(problem.strip(), refused.getMessage(), what);
        }
    }
}
