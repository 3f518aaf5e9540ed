package io.accountcontracts.stub.recording;

import de.sstoehr.harreader.model.HarCreatorBrowser;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import io.accountcontracts.stub.proxy.TrafficRecorder;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Records the proxy's exchanges as HAR 1.2, one file per vendor: {@code DIR/vantage.har} and
 * {@code DIR/elasticpath.har}, the format the offline check of {@code contract-tests/recordings}
 * reads. Files from an earlier run are appended to. Memory holds one entry at a time, however long the
 * session. Safe to call from several threads: each file takes one entry at a time, and the two vendors'
 * files are written independently.
 */
public final class HarRecorder implements TrafficRecorder {

    static final String CREATOR = "account-contracts stub proxy";

    private final Path dir;
    private final DirectoryLock lock;
    private final Map<Vendor, RecordingFile> files = new EnumMap<>(Vendor.class);
    private volatile boolean closed;

    private HarRecorder(Path dir, DirectoryLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * Starts recording into {@code dir}, creating it if needed. Existing vendor files are read and brought
     * into the layout appends need now (see {@link RecordingFile}), so a file that cannot be appended to
     * stops the start rather than the first exchange.
     *
     * @throws IllegalArgumentException naming the directory or file when it cannot be recorded into
     */
    public static HarRecorder open(Path dir) {
        Path directory = dir.toAbsolutePath().normalize();
        createDirectory(directory);
        DirectoryLock lock = DirectoryLock.take(directory);
        HarRecorder recorder = new HarRecorder(directory, lock);
        try {
            removeLeftovers(directory);
            HarCreatorBrowser creator = creator();
            for (Vendor vendor : Vendor.values()) {
                recorder.files.put(vendor, RecordingFile.open(fileOf(directory, vendor), creator));
            }
            return recorder;
        } catch (RuntimeException e) {
            recorder.files.values().forEach(RecordingFile::close);
            lock.close();
            throw e;
        }
    }

    /** Where a vendor's exchanges go: {@code DIR/<realm>.har}. */
    public static Path fileOf(Path dir, Vendor vendor) {
        return dir.resolve(vendor.realm() + ".har");
    }

    public Path directory() {
        return dir;
    }

    @Override
    public void record(ProxiedExchange exchange) {
        if (closed) {
            throw new IllegalStateException("the recording into " + dir + " is closed; the exchange "
                    + exchange.method() + " " + exchange.upstreamUri().getRawPath() + " was not recorded");
        }
        files.get(exchange.vendor()).append(ExchangeEntry.of(exchange));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            files.values().forEach(RecordingFile::close);
            lock.close();
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("cannot record into " + dir + ": it exists and is not a directory", e);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot record into " + dir + ": cannot create it (" + e + ")", e);
        }
    }

    /** The temporary files of a run killed mid-write; the lock held says no other recorder is writing them. */
    private static void removeLeftovers(Path dir) {
        for (Vendor vendor : Vendor.values()) {
            Path leftover = RecordingFile.temporaryOf(fileOf(dir, vendor));
            try {
                Files.deleteIfExists(leftover);
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "cannot record into " + dir + ": cannot remove " + leftover + " left by an earlier run (" + e
                                + ")",
                        e);
            }
        }
    }

    private static HarCreatorBrowser creator() {
        String version = HarRecorder.class.getPackage().getImplementationVersion();
        return HarCreatorBrowser.builder()
                .name(CREATOR)
                .version(version == null ? "development build" : version)
                .comment("the stub's proxy (--record); credentials redacted")
                .build();
    }
}
