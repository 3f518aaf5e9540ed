package io.accountcontracts.stub.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A partial update: present fields replace, nested objects merge, lists are replaced whole. */
class JsonMergeTest {

    private static final ObjectMapper MAPPER = JsonMapper.create();

    // JSON is written with single quotes for legibility, so the CSV quote is the double quote.
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "absent fields keep their value      | {'a':1,'b':2}             | {}                | {'a':1,'b':2}",
                "a present field replaces            | {'a':1,'b':2}             | {'b':3}           | {'a':1,'b':3}",
                "explicit null replaces with null    | {'a':1,'b':2}             | {'b':null}        | {'a':1,'b':null}",
                "a new field is added                | {'a':1}                   | {'c':'x'}         | {'a':1,'c':'x'}",
                "nested objects merge field by field | {'o':{'x':1,'y':2}}       | {'o':{'y':3}}     | {'o':{'x':1,'y':3}}",
                "deeply nested objects merge too     | {'o':{'p':{'x':1,'y':2}}} | {'o':{'p':{'y':3}}} | {'o':{'p':{'x':1,'y':3}}}",
                "null replaces a whole nested object | {'o':{'x':1}}             | {'o':null}        | {'o':null}",
                "arrays are replaced, not appended   | {'l':[1,2,3]}             | {'l':[4]}         | {'l':[4]}",
                "an empty array empties the list     | {'l':[1,2]}               | {'l':[]}          | {'l':[]}",
                "an object replaces a scalar         | {'a':1}                   | {'a':{'x':1}}     | {'a':{'x':1}}",
                "a scalar replaces an object         | {'a':{'x':1}}             | {'a':1}           | {'a':1}",
                "an object replaces a null           | {'a':null}                | {'a':{'x':1}}     | {'a':{'x':1}}"
            })
    void mergesThePatchIntoTheRecord(String behaviour, String current, String change, String expected) {
        assertEquals(json(expected), JsonMerge.apply((ObjectNode) json(current), json(change)));
    }

    @Test
    void theStoredRecordIsNotMutated() {
        ObjectNode current = (ObjectNode) json("{'a':1,'o':{'x':1},'l':[1]}");

        JsonMerge.apply(current, json("{'a':2,'o':{'x':2,'y':3},'l':[2]}"));

        assertEquals(json("{'a':1,'o':{'x':1},'l':[1]}"), current);
    }

    @Test
    void theResultSharesNoNodeWithTheChange() {
        // A caller may reuse the request tree; the stored record must not change with it.
        JsonNode change = json("{'o':{'x':1},'l':[1]}");
        ObjectNode merged = JsonMerge.apply((ObjectNode) json("{}"), change);

        ((ObjectNode) change.get("o")).put("x", 99);

        assertEquals(json("{'o':{'x':1},'l':[1]}"), merged);
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
