package io.accountcontracts.stub.recording;

import de.sstoehr.harreader.HarReaderException;
import de.sstoehr.harreader.model.Har;
import de.sstoehr.harreader.model.HarCreatorBrowser;
import de.sstoehr.harreader.model.HarEntry;
import de.sstoehr.harreader.model.HarLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One HAR file that grows by one entry per call. Each append writes the whole file to a temporary
 * file beside it and renames that over the old one, so at every moment the file on disk is a
 * complete HAR: a process killed mid-write leaves the previous version, never half an entry. The
 * cost is a rewrite of the whole file per exchange, which stays small for the recordings this is
 * for (a few thousand exchanges, a few MB).
 */
final class RecordingFile {

    static final String HAR_VERSION = "1.2";

    private final Path file;
    private final HarLog log;
    private final List<HarEntry> entries;

    private RecordingFile(Path file, HarLog log) {
        this.file = file;
        this.log = log;
        this.entries = new ArrayList<>(log.entries());
    }

    /** The file as an earlier run left it, to append to, or a new empty log when there is none. */
    static RecordingFile open(Path file, HarCreatorBrowser creator) {
        if (!Files.exists(file) || isEmpty(file)) {
            return new RecordingFile(
                    file, HarLog.builder().version(HAR_VERSION).creator(creator).build());
        }
        try {
            return new RecordingFile(
                    file, HarJson.READER.readFromFile(file.toFile()).log());
        } catch (HarReaderException e) {
            // Never overwrite what an earlier run recorded: refuse, and say how to go on.
            throw new IllegalArgumentException(
                    file + " exists but is not a HAR file that can be appended to (" + e.getMessage()
                            + "); move it away or record into another directory",
                    e);
        }
    }

    /** Adds the entry and has the file on disk hold it before returning. */
    synchronized void append(HarEntry entry) {
        entries.add(entry);
        try {
            write();
        } catch (IOException e) {
            // Memory mirrors the disk: an entry that could not be written is not kept for the next write.
            entries.remove(entries.size() - 1);
            throw new UncheckedIOException("could not record an exchange into " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private void write() throws IOException {
        byte[] bytes = HarJson.WRITER.writeAsBytes(
                new Har(log.toBuilder().clearEntries().entries(entries).build()));
        // A fixed name beside the file, created with the usual permissions (a temp-file API's would make
        // the recording readable by its owner alone); only this recorder writes it (see DirectoryLock).
        Path temporary = temporaryOf(file);
        try {
            Files.write(temporary, bytes);
            move(temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where the next version of {@code file} is written before it replaces it: {@code .vantage.har.tmp}. */
    static Path temporaryOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".tmp");
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // A file system without atomic rename: still a whole file, only not in one step.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
