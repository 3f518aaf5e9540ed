package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes, at build time, each spec's YAML as the JSON tree {@link SpecDocument} reads: the same tree, but read in a
 * few milliseconds with the JSON parser every stub loads anyway, where the YAML parser took a tenth of a second and
 * classes of its own on a stub's first start. {@code SpecJson OUTPUT_DIRECTORY}.
 */
public final class SpecJson {

    private SpecJson() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SpecJson OUTPUT_DIRECTORY");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output);
        for (String spec : SpecDocument.SPECS) {
            try (InputStream yaml = SpecJson.class.getResourceAsStream(spec)) {
                if (yaml == null) {
                    throw new IllegalStateException(spec + " is missing from the classpath");
                }
                new ObjectMapper()
                        .writeValue(
                                output.resolve(SpecDocument.jsonName(spec)).toFile(), new YAMLMapper().readTree(yaml));
            }
        }
    }
}
