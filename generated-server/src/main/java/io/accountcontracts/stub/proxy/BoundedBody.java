package io.accountcontracts.stub.proxy;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an upstream's answer body into memory, up to a limit ({@code --proxy-max-answer-bytes}). An answer whose
 * Content-Length is over it is refused before a byte of its body is read, and one that grows past it is cancelled
 * as soon as it does, which closes the connection: a vendor that sends 400 MB costs the stub no more than the
 * limit, whatever its heap.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The answer is over the limit; {@link Upstream} says so in its own words. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("over the limit", null, false, false);
        }
    }

    private final int limit;
    private final boolean declaredTooLarge;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final List<byte[]> pieces = new ArrayList<>();
    private int length;
    private Flow.Subscription subscription;

    private BoundedBody(int limit, boolean declaredTooLarge) {
        this.limit = limit;
        this.declaredTooLarge = declaredTooLarge;
    }

    static HttpResponse.BodyHandler<byte[]> handler(int limit) {
        return info -> new BoundedBody(
                limit, info.headers().firstValueAsLong("content-length").orElse(-1) > limit);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredTooLarge) {
            tooLarge();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (body.isDone()) {
            return; // cancelled; what was already on its way is dropped
        }
        for (ByteBuffer buffer : item) {
            int n = buffer.remaining();
            if ((long) length + n > limit) {
                tooLarge();
                return;
            }
            byte[] piece = new byte[n];
            buffer.get(piece);
            pieces.add(piece);
            length += n;
        }
    }

    @Override
    public void onError(Throwable throwable) {
        pieces.clear();
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        if (body.isDone()) {
            return;
        }
        byte[] whole = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, whole, at, piece.length);
            at += piece.length;
        }
        pieces.clear();
        body.complete(whole);
    }

    private void tooLarge() {
        pieces.clear();
        subscription.cancel();
        body.completeExceptionally(new TooLarge());
    }
}
