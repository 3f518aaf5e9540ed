package io.accountcontracts.stub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each keyword the compiler knows, taking what the full validator takes and nothing more (the contract tests'
 * jqwik properties hold it to the full validator on generated requests and answers), and every keyword or
 * value it does not know deferring. Schemas are written in the specs' YAML, in flow style; {@code #/components
 * /schemas/...} references resolve against {@link #COMPONENTS}.
 */
class SchemaCompilerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String COMPONENTS = "{components: {schemas: {"
            + "Name: {type: string, minLength: 1},"
            + "Nullable: {type: string, nullable: true},"
            + "Loop: {type: object, properties: {next: {$ref: '#/components/schemas/Loop'}}},"
            + "Pointer: {$ref: '#/components/schemas/Name'}}}}";

    @ParameterizedTest(name = "{0} takes {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // type
                "{type: string}                                  | '\"x\"'                  | true",
                "{type: string}                                  | 1                        | false",
                "{type: string}                                  | true                     | false",
                "{type: string}                                  | null                     | false",
                "{type: boolean}                                 | false                    | true",
                "{type: boolean}                                 | '\"true\"'               | false",
                "{type: integer}                                 | -7                       | true",
                "{type: integer}                                 | 123456789012345678901234 | true",
                "{type: integer}                                 | 1.0                      | false",
                "{type: integer}                                 | 1e2                      | false",
                "{type: integer}                                 | '\"1\"'                  | false",
                "{type: object}                                  | '{}'                     | true",
                "{type: object}                                  | '[]'                     | false",
                "{type: array, items: {type: string}}            | '[]'                     | true",
                "{type: array, items: {type: string}}            | '{}'                     | false",
                // nullable, as the full validator reads it: null only where the schema itself says so
                "{type: string, nullable: true}                  | null                     | true",
                "{type: string, nullable: false}                 | null                     | false",
                "{type: object, nullable: true}                  | null                     | true",
                "{type: integer, format: int32, nullable: true}  | null                     | true",
                "{type: object, nullable: true, properties: {a: {type: string}}} | '{\"a\":null}' | false",
                // enum (of strings; a null among them adds nothing without nullable)
                "{type: string, enum: [account]}                 | '\"account\"'            | true",
                "{type: string, enum: [account]}                 | '\"Account\"'            | false",
                "{type: string, enum: [account]}                 | null                     | false",
                "{type: string, enum: [account, null]}           | null                     | false",
                "{type: string, enum: [account], nullable: true} | null                     | true",
                // lengths, in code points as the full validator counts them
                "{type: string, minLength: 1}                    | '\"\"'                   | false",
                "{type: string, minLength: 1}                    | '\"a\"'                  | true",
                "{type: string, maxLength: 3}                    | '\"abc\"'                | true",
                "{type: string, maxLength: 3}                    | '\"abcd\"'               | false",
                "{type: string, maxLength: 3}                    | '\"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\"' | true",
                "{type: string, maxLength: 3}                    | '\"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\"' | false",
                "{type: string, minLength: 2}                    | '\"\\ud83d\\ude00\"'     | false",
                // minItems and items
                "{type: array, minItems: 1, items: {type: string}} | '[]'                   | false",
                "{type: array, minItems: 1, items: {type: string}} | '[\"a\"]'              | true",
                "{type: array, items: {type: string}}            | '[\"a\", 1]'             | false",
                "{type: array, items: {type: string}}            | '[null]'                 | false",
                // minimum, and the ranges of int32 and int64
                "{type: integer, minimum: 0}                     | 0                        | true",
                "{type: integer, minimum: 0}                     | -1                       | false",
                "{type: integer, minimum: 0}                     | 123456789012345678901234 | true",
                "{type: integer, minimum: 0}                     | -123456789012345678901234 | false",
                "{type: integer, format: int32}                  | 2147483647               | true",
                "{type: integer, format: int32}                  | -2147483648              | true",
                "{type: integer, format: int32}                  | 2147483648               | false",
                "{type: integer, format: int32}                  | -2147483649              | false",
                "{type: integer, format: int64}                  | 9223372036854775807      | true",
                "{type: integer, format: int64}                  | -9223372036854775808     | true",
                "{type: integer, format: int64}                  | 9223372036854775808      | false",
                // the string formats (FormatsTest has the cases)
                "{type: string, format: date-time}               | '\"2021-02-23T09:40:33.882Z\"' | true",
                "{type: string, format: date-time}               | '\"2021-02-30T09:40:33Z\"' | false",
                "{type: string, format: email}                   | '\"ops@acme.example\"'   | true",
                "{type: string, format: email}                   | '\"ops\"'                | false",
                // required: present, a null included; properties; additionalProperties
                "{type: object, required: [a]}                   | '{}'                     | false",
                "{type: object, required: [a]}                   | '{\"a\":null}'           | true",
                "{type: object, required: [a], properties: {a: {type: string}}} | '{\"a\":null}' | false",
                "{type: object, properties: {a: {type: string}}} | '{\"a\":\"x\",\"b\":1}'  | true",
                "{type: object, properties: {a: {type: string}}} | '{\"a\":1}'              | false",
                "{type: object, additionalProperties: true}      | '{\"b\":1}'              | true",
                "{type: object, additionalProperties: false, properties: {a: {type: string}}} | '{\"a\":\"x\"}' | true",
                "{type: object, additionalProperties: false, properties: {a: {type: string}}} | '{\"b\":1}'     | false",
                // annotations change nothing
                "{type: string, description: d, example: e, default: f, title: t} | '\"x\"'    | true",
                // references into the document
                "{$ref: '#/components/schemas/Name'}             | '\"x\"'                  | true",
                "{$ref: '#/components/schemas/Name'}             | '\"\"'                   | false",
                "{$ref: '#/components/schemas/Pointer'}          | '\"x\"'                  | true",
                "{type: object, properties: {n: {$ref: '#/components/schemas/Nullable'}}} | '{\"n\":null}' | true",
                // a property whose schema is deferred defers only when it is there
                "{type: object, properties: {p: {type: string, pattern: '^a'}}} | '{}'         | true",
                "{type: object, properties: {p: {type: string, pattern: '^a'}}} | '{\"p\":\"a\"}' | false",
                "{type: object, properties: {n: {$ref: '#/components/schemas/Loop'}}} | '{}'   | true",
                "{type: object, properties: {n: {$ref: '#/components/schemas/Loop'}}} | '{\"n\":{}}' | true",
                "{type: object, properties: {n: {$ref: '#/components/schemas/Loop'}}} | '{\"n\":{\"next\":{}}}' | false",
            })
    void takesWhatTheFullValidatorTakes(String schema, String value, boolean expected) throws Exception {
        assertEquals(expected, compile(schema).accepts(JSON.readTree(value)), schema + " with " + value);
    }

    /** Whatever the compiler does not fully understand compiles to DEFER, which takes nothing. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{type: string, pattern: '^a'}",
                "{type: string, format: uuid}",
                "{type: string, format: 7}",
                "{type: string, readOnly: true}",
                "{type: string, writeOnly: true}",
                "{type: string, x-extension: 1}",
                "{type: string, minLength: -1}",
                "{type: string, maxLength: 1.5}",
                "{type: string, enum: []}",
                "{type: string, enum: [a, a]}",
                "{type: string, enum: [1]}",
                "{type: string, nullable: 'yes'}",
                "{type: integer, format: int16}",
                "{type: integer, minimum: 0.5}",
                "{type: integer, exclusiveMinimum: true, minimum: 0}",
                "{type: integer, maximum: 10}",
                "{type: integer, minLength: 1}",
                "{type: number}",
                "{type: 'null'}",
                "{type: [string, integer]}",
                "{nullable: true}",
                "{}",
                "{oneOf: [{type: string}]}",
                "{allOf: [{type: string}]}",
                "{not: {type: string}}",
                "{type: object, required: []}",
                "{type: object, required: [a, a]}",
                "{type: object, additionalProperties: {type: string}}",
                "{type: object, minProperties: 1}",
                "{type: object, discriminator: {propertyName: t}}",
                "{type: object, format: x}",
                "{type: string, properties: {a: {type: string}}}",
                "{type: array}",
                "{type: array, items: {type: string}, maxItems: 2}",
                "{type: array, items: {type: string}, uniqueItems: true}",
                "{type: array, items: {type: string, pattern: a}}",
                "{$ref: '#/components/schemas/Missing'}",
                "{$ref: 'other.yaml#/components/schemas/Name'}",
                "{$ref: '#/components/schemas/Name', nullable: true}",
                "{$ref: '#/components/schemas/~2'}",
            })
    void whatItDoesNotKnowDefers(String schema) throws Exception {
        assertSame(Checker.DEFER, compile(schema), schema);
    }

    private static Checker compile(String schema) throws Exception {
        SpecDocument spec = SpecDocument.of(YAML.readTree(COMPONENTS));
        JsonNode tree = YAML.readTree(schema);
        return new SchemaCompiler(spec).compile(tree);
    }
}
