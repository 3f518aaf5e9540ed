package io.accountcontracts.stub.proxy;

/** Keeps the exchanges the proxy forwarded, for example as HAR files ({@code --record DIR}). */
public interface TrafficRecorder extends AutoCloseable {

    /** Records nothing: the proxy without {@code --record}. */
    TrafficRecorder NONE = exchange -> {};

    /**
     * Keeps one exchange before returning, so that nothing recorded is lost if the process is killed
     * between exchanges. Credentials never reach storage.
     *
     * @throws java.io.UncheckedIOException when it cannot be written
     */
    void record(ProxiedExchange exchange);

    @Override
    default void close() {}
}
