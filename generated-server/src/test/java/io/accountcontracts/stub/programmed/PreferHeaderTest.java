package io.accountcontracts.stub.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Prism's Prefer syntax: code and example, either or both; every other preference is ignored. */
class PreferHeaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "code=404                                  | 404 | -",
                "example=accountNotFound                   | -   | accountNotFound",
                "code=404, example=accountNotFound         | 404 | accountNotFound",
                "example=accountNotFound,code=404          | 404 | accountNotFound",
                "'  code = 409 ,  example = x  '           | 409 | x",
                "CODE=401                                  | 401 | -",
                "code=\"404\"                              | 404 | -",
                "example=\"a, b; c\"                       | -   | 'a, b; c'",
                "example=\"say \\\"hi\\\"\"                | -   | say \"hi\"",
                "code=404; priority=1                      | 404 | -",
                "return=minimal, code=500                  | 500 | -",
                "dynamic=true,example=rename               | -   | rename",
                "code=404, code=500                        | 404 | -",
                "code=abc                                  | abc | -",
                "'code='                                   | ''  | -"
            })
    void readsCodeAndExample(String header, String code, String example) {
        assertEquals(new PreferHeader(code, example), PreferHeader.parse(header));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "return=minimal",
                "respond-async, wait=5",
                "handling=lenient",
                "code",
                "dynamic=true",
                "x-code=404",
                "\"code=404\""
            })
    void asksForNothingWithoutCodeOrExample(String header) {
        assertTrue(PreferHeader.parse(header).isEmpty(), header);
    }

    @ParameterizedTest
    @NullSource
    void anAbsentHeaderAsksForNothing(String header) {
        assertTrue(PreferHeader.parse(header).isEmpty());
    }
}
