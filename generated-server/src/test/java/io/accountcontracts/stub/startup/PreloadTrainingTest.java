package io.accountcontracts.stub.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The class list a stub preloads: what the build's training run loaded, and nothing a first stub must not load. */
class PreloadTrainingTest {

    @Test
    void classesKeepTheirLoadOrderAndLeaveOutSharedHiddenAndRepeatedOnes() {
        List<String> log = List.of(
                "java.lang.Object source: shared objects file",
                "org.glassfish.jersey.server.ApplicationHandler source: jar:file:/m2/jersey-server.jar!/",
                "io.accountcontracts.stub.StubServer source: file:/work/generated-server/target/classes/",
                "java.lang.invoke.LambdaForm$MH/0x0000000800c01000 source: __JVM_LookupDefineClass__",
                "io.accountcontracts.stub.StubServer$$Lambda$42/0x0000000800c02000 source: io.accountcontracts.stub.StubServer",
                "java.net.http.HttpClient source: jrt:/java.net.http",
                "org.glassfish.jersey.server.ApplicationHandler source: jar:file:/m2/jersey-server.jar!/",
                "io.accountcontracts.stub.startup.PreloadTraining source: file:/work/generated-server/target/classes/",
                "[0.1s] a line that is not a class");

        assertEquals(
                List.of(
                        "org.glassfish.jersey.server.ApplicationHandler",
                        "io.accountcontracts.stub.StubServer",
                        "java.net.http.HttpClient"),
                PreloadTraining.classes(log));
    }

    @Test
    void theBuildsListNamesWhatAFirstStubLoadsAndNothingItMustNot() throws IOException {
        List<String> names;
        try (InputStream list = ClassPreload.class.getResourceAsStream(ClassPreload.LIST)) {
            assertNotNull(list, "the build wrote no preload list");
            names = new String(list.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertTrue(names.contains("org.glassfish.jersey.server.ApplicationHandler"), names.size() + " classes");
        assertTrue(names.contains("io.accountcontracts.stub.StubServer"), names.size() + " classes");
        assertTrue(names.contains("com.fasterxml.jackson.databind.ObjectMapper"), names.size() + " classes");
        // Preloading them would undo what the screens, the JSON copy of the specs and HTTPS-on-demand save.
        assertEquals(
                List.of(),
                names.stream()
                        .filter(name -> name.startsWith("io.swagger.")
                                || name.startsWith("com.atlassian.")
                                || name.startsWith("com.github.fge.")
                                || name.startsWith("org.yaml.snakeyaml.")
                                || name.startsWith("org.bouncycastle."))
                        .toList());
    }
}
