package io.accountcontracts.stub.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, on a thread of its own, the classes that a stub's start and its first answers load, in the order a
 * training run at build time loaded them ({@link PreloadTraining}): the first stub in a JVM spends most of its
 * start loading Jersey's, Grizzly's and Jackson's classes one at a time on one thread, and this lets the second
 * core load them meanwhile. Classes are only loaded, never initialised, so nothing runs earlier than it would.
 *
 * <p>The JVM's class-data sharing does the same better, but needs flags a consumer's test JVM does not have (the
 * command line's start command uses it). A class the list names that is not on the classpath (another version of
 * a library) is passed over and loads as usual when it is needed, if ever.
 */
public final class ClassPreload {

    /** The list, one binary class name a line, written by {@link PreloadTraining} into the stub's jar. */
    public static final String LIST = "/io/accountcontracts/stub/startup/preload.txt";

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ClassPreload() {}

    /** Starts the preloading thread, the first time only; returns at once. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        InputStream list = ClassPreload.class.getResourceAsStream(LIST);
        if (list == null) {
            return; // built without its training run: every class loads when it is needed, as it would anyway
        }
        Thread preload = new Thread(() -> load(list), "stub-class-preload");
        preload.setDaemon(true);
        preload.start();
    }

    private static void load(InputStream list) {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // Not on this classpath, or not loadable here: it is loaded (or fails) where it is used.
                }
            }
        } catch (IOException e) {
            // The list is in the stub's own jar; if it cannot be read, classes load when needed.
        }
    }
}
