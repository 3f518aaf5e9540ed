package io.accountcontracts.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a spec with its last released version (the highest {@code released/<name>-X.Y.Z.yaml})
 * using openapi-diff. A breaking change passes only when {@code info.version}'s major was raised.
 */
final class BreakingChangeGate {

    /** The outcome, with openapi-diff's Markdown report of every change. */
    record Verdict(String released, String current, boolean breaking, boolean majorRaised, String report) {
        boolean passes() {
            return !breaking || majorRaised;
        }
    }

    private static final Pattern RELEASE = Pattern.compile("-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml$");
    private static final Pattern INFO_VERSION = Pattern.compile("(?m)^  version: ['\"]?([0-9][^'\"\\s]*)");

    private BreakingChangeGate() {}

    static Path lastRelease(Path releasedDir, String name) throws IOException {
        try (Stream<Path> files = Files.list(releasedDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + "-")
                            && RELEASE.matcher(f.toString()).find())
                    .max(Comparator.comparing(BreakingChangeGate::releaseKey))
                    .orElseThrow(
                            () -> new IllegalStateException("no released version of " + name + " in " + releasedDir));
        }
    }

    static Verdict check(Path released, Path current) throws IOException {
        String before = Files.readString(released);
        String after = Files.readString(current);
        ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
        String report = diff.isUnchanged() ? "No changes.\n" : new MarkdownRender().render(diff);
        String oldVersion = infoVersion(before);
        String newVersion = infoVersion(after);
        return new Verdict(
                oldVersion, newVersion, diff.isIncompatible(), major(newVersion) > major(oldVersion), report);
    }

    static String infoVersion(String spec) {
        Matcher m = INFO_VERSION.matcher(spec);
        if (!m.find()) {
            throw new IllegalArgumentException("no info.version in the spec");
        }
        return m.group(1);
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private static String releaseKey(Path file) {
        Matcher m = RELEASE.matcher(file.toString());
        m.find();
        return String.format(
                "%06d.%06d.%06d",
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
