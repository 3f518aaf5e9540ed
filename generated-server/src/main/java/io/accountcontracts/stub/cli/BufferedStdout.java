package io.accountcontracts.stub.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Standard output for the command line: buffered, and flushed every {@value #FLUSH_MILLIS} ms, rather than
 * on every line as the JVM's own does. With one access-log line per request, a write to the terminal or
 * pipe per line cost about a sixth of the stub's throughput under load. Whoever needs a line out at once
 * (the "Listening on" line, the last lines before exit) flushes.
 */
final class BufferedStdout {

    private static final long FLUSH_MILLIS = 100;

    private BufferedStdout() {}

    static void install() {
        PrintStream buffered =
                new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024), false);
        System.setOut(buffered);
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stdout-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(buffered::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }
}
