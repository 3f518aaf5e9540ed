package io.accountcontracts.stub.validation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Something costly made once, when first needed or ahead of that on a thread of its own: every caller
 * that comes while it is being made waits for that one making, and gets its result (or its failure).
 */
final class LoadOnce<T> {

    private final String name;
    private final Supplier<T> load;
    private CompletableFuture<T> result;

    LoadOnce(String name, Supplier<T> load) {
        this.name = name;
        this.load = load;
    }

    /** The thing, made now on this thread unless it is made or being made already. */
    T get() {
        CompletableFuture<T> loading = start(false);
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts making it on a daemon thread, unless it is made or being made already. */
    void startInBackground() {
        start(true);
    }

    private CompletableFuture<T> start(boolean background) {
        CompletableFuture<T> loading;
        synchronized (this) {
            if (result != null) {
                return result;
            }
            loading = result = new CompletableFuture<>();
        }
        Runnable making = () -> {
            try {
                loading.complete(load.get());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        };
        if (background) {
            Thread thread = new Thread(making, name);
            thread.setDaemon(true);
            thread.start();
        } else {
            making.run();
        }
        return loading;
    }
}
