package io.accountcontracts.contract.junit;

import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads a test's fixtures file when the extension is built, so a bad file fails before any test runs. */
final class FixturesFiles {

    private FixturesFiles() {}

    static Fixtures read(Path file) {
        try {
            return Fixtures.read(file, JsonMapper.create());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixtures file " + file, e);
        }
    }

    static Fixtures readResource(String resource) {
        String name = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = FixturesFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixtures file " + name + " on the test classpath");
            }
            return Fixtures.read(in, name, JsonMapper.create());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixtures file " + name, e);
        }
    }
}
