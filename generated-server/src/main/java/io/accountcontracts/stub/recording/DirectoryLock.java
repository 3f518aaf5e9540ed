package io.accountcontracts.stub.recording;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second recorder, in this process or another, out of a directory being recorded into:
 * each writes its entries where it last left the end of a file, so two would overwrite each other's
 * exchanges and cut each other's files.
 */
final class DirectoryLock implements AutoCloseable {

    static final String NAME = ".recording.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DirectoryLock take(Path dir) {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot record into " + dir + ": cannot write there (" + e + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalArgumentException("cannot record into " + dir + ": cannot lock it (" + e + ")", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalArgumentException("cannot record into " + dir
                    + ": another recording into it is running; stop it or record into another directory");
        }
        return new DirectoryLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through it: the lock is all it held.
        }
    }
}
