package io.accountcontracts.stub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formats the screen checks itself. "true" rows are values the full validator takes (each was run
 * through it: json-schema-validator 2.2.14's date-time, JavaMail 1.6.2's strict address parse); "false"
 * rows are values it refuses, or takes but the screen leaves to it (marked "deferred").
 */
class FormatsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2021-02-23T09:40:33.882Z             | true",
                "2021-02-23T09:40:33Z                 | true",
                "2021-02-23T09:40:33.1Z               | true",
                "2021-02-23T09:40:33.123456789Z       | true",
                "2021-02-23T09:40:33+01:00            | true",
                "2021-02-23T09:40:33-23:59            | true",
                "2021-02-23T09:40:33.000-00:00        | true",
                "2020-02-29T00:00:00Z                 | true",
                "0000-01-01T00:00:00Z                 | true",
                "2021-02-23T09:40:33.123456789012Z    | false", // deferred: taken, fractions past 9 digits are rare
                "2021-02-23T09:40:33z                 | false", // deferred
                "2021-02-23t09:40:33Z                 | false", // deferred
                "2021-02-23T09:40:33+0100             | false", // deferred
                "2021-02-23T09:40:33+01               | false", // deferred
                "2021-02-23T09:40:33.1234567890123Z   | false",
                "2021-02-23T09:40:33+24:00            | false",
                "2021-02-23T09:40:33+01:60            | false",
                "2021-02-23T09:40:33+1:00             | false",
                "2021-02-23T09:40Z                    | false",
                "2021-02-29T09:40:33Z                 | false",
                "2021-04-31T09:40:33Z                 | false",
                "2021-02-23T24:00:00Z                 | false",
                "2021-12-31T23:59:60Z                 | false",
                "2021-02-23T09:60:00Z                 | false",
                "2021-02-23T09:40:33.Z                | false",
                "+2021-02-23T09:40:33Z                | false",
                "2021-2-23T09:40:33Z                  | false",
                "2021-02-23T09:40:33                  | false",
                "2021-02-23 09:40:33Z                 | false",
                "'2021-02-23T09:40:33Z '              | false",
                "٢٠٢١-02-23T09:40:33Z                 | false",
            })
    void dateTime(String text, boolean expected) {
        assertEquals(expected, Formats.dateTime(text), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ops@acme.example                     | true",
                "a@b                                  | true",
                "a.b@c.d                              | true",
                "a+b_c%d'e-f@c.d                      | true",
                "a!#$&*/=?^`{}~@b.c                   | true",
                "a@-c.d                               | true",
                "a@1.2                                | true",
                "-@-                                  | true",
                "ops                                  | false",
                "@acme.example                        | false",
                "ops@                                 | false",
                "a@b@c                                | false",
                "a..b@c.d                             | false",
                ".a@c.d                               | false",
                "a.@c.d                               | false",
                "a@c..d                               | false",
                "a@.c                                 | false",
                "a@c.                                 | false",
                "a b@c.d                              | false",
                "a(b)@c.d                             | false",
                "a@b_c.d                              | false",
                "A B <a@b.c>                          | false", // deferred: taken
                "<a@b.c>                              | false", // deferred: taken
                "'a@b.c '                             | false", // deferred: taken
                "ä@b.c                                | false", // deferred: taken
                "a@bä.c                               | false", // deferred: taken
                "\"a b\"@c.d                          | false", // deferred: taken
            })
    void email(String text, boolean expected) {
        assertEquals(expected, Formats.email(text), text);
    }
}
