package io.accountcontracts.stub.recording;

import de.sstoehr.harreader.model.HarCreatorBrowser;
import de.sstoehr.harreader.model.HarEntry;
import de.sstoehr.harreader.model.HarLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One HAR file that grows by one entry per call, holding no entry in memory. The file is kept in the
 * layout of {@link HarLayout}, so each append is one positional write of the entry and the closing bytes
 * over the old closing bytes: the file is a complete HAR before and after it. A file from an earlier run
 * is brought into that layout once, at open, by streaming it into a temporary file that replaces it.
 * Files are readable by their owner only: they hold customer data.
 */
final class RecordingFile implements AutoCloseable {

    static final String HAR_VERSION = "1.2";
    static final String OWNER_ONLY = "rw-------";

    private final Path file;
    private final HarLog log;
    private FileChannel channel; // null until the file exists
    private long tailAt;
    private long entries;
    private boolean closed;

    private RecordingFile(Path file, HarLog log, FileChannel channel, long tailAt, long entries) {
        this.file = file;
        this.log = log;
        this.channel = channel;
        this.tailAt = tailAt;
        this.entries = entries;
    }

    /**
     * The file as an earlier run left it, rewritten into the layout to append to, or nothing yet when there
     * is none: the file is created with the first entry.
     */
    static RecordingFile open(Path file, HarCreatorBrowser creator) {
        if (!Files.exists(file) || isEmpty(file)) {
            return new RecordingFile(
                    file, HarLog.builder().version(HAR_VERSION).creator(creator).build(), null, 0, 0);
        }
        // Read twice, streaming: once for the log's other fields, which go before the entries, and once
        // for the entries, wherever they stand in the file. The old file is only read; it is replaced once
        // the whole of it has been read and checked, so a file that is not HAR is left as it was.
        HarLog log = EarlierFile.logFields(file);
        try {
            HarLayout.Writer written = replace(file, log, writer -> EarlierFile.entries(file, writer));
            return new RecordingFile(file, log, openForAppending(file), written.tailAt(), written.entries());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot record into " + file + ": cannot rewrite it to append to (" + e.getMessage() + ")", e);
        }
    }

    /** Adds the entry and has the file on disk hold it before returning. */
    synchronized void append(HarEntry entry) {
        if (closed) {
            throw new IllegalStateException("the recording into " + file + " is closed; the exchange was not recorded");
        }
        try {
            if (channel == null) {
                tailAt = replace(file, log, writer -> writer.add(entry)).tailAt();
                channel = openForAppending(file);
            } else {
                appendInPlace(entry);
            }
            entries++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not record an exchange into " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized long entries() {
        return entries;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Every append was written when it returned; closing only lets go of the descriptor.
            }
        }
    }

    /** Where a new version of {@code file} is written before it replaces it: {@code .vantage.har.tmp}. */
    static Path temporaryOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".tmp");
    }

    private void appendInPlace(HarEntry entry) throws IOException {
        HarLayout.Append append = HarLayout.append(entry, entries == 0);
        ByteBuffer bytes = append.bytes();
        long end = tailAt + bytes.remaining();
        try {
            // One call for the whole entry and the new tail; a file channel writes all of it unless the
            // disk refuses, but the loop keeps the contract.
            long at = tailAt;
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
            // Only an append that failed and could not restore the tail leaves bytes past the end.
            channel.truncate(end);
        } catch (IOException e) {
            restoreTail(append, e);
            throw e;
        }
        tailAt = end - append.tailLength();
    }

    /** After a failed append (disk full, say), puts the old end back so the file is whole without the entry. */
    private void restoreTail(HarLayout.Append append, IOException failure) {
        ByteBuffer tail = append.bytes().duplicate();
        tail.position(tail.limit() - append.tailLength());
        try {
            channel.truncate(tailAt);
            long at = tailAt;
            while (tail.hasRemaining()) {
                at += channel.write(tail, at);
            }
        } catch (IOException again) {
            failure.addSuppressed(again);
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(HarLayout.Writer writer) throws IOException;
    }

    /**
     * Writes the whole file to a temporary file beside it, readable by its owner only, and renames that over
     * it (atomically where the file system can), so a reader or a killed process never sees half of it.
     * Returns the finished writer: where the closing bytes start, how many entries it wrote.
     */
    private static HarLayout.Writer replace(Path file, HarLog log, Content content) throws IOException {
        // A fixed name beside the file; only this recorder writes it (see DirectoryLock).
        Path temporary = temporaryOf(file);
        try {
            createOwnerOnly(temporary);
            HarLayout.Writer writer;
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                writer = new HarLayout.Writer(out, log);
                content.writeTo(writer);
                writer.finish();
            }
            move(temporary, file);
            return writer;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void createOwnerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
        } else {
            Files.createFile(path);
        }
    }

    private static FileChannel openForAppending(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE);
    }

    private static void move(Path temporary, Path file) throws IOException {
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
