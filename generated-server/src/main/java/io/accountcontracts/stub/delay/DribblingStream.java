package io.accountcontracts.stub.delay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the body as Jersey writes it, and when Jersey closes the stream (the body is whole) sends it in
 * pieces: each piece, a flush, then the pause until its share of the duration has passed. Pauses are measured
 * from the first piece, so that they do not drift. A reset cuts the pauses short and the rest goes out at
 * once; so does the server's shutdown.
 */
final class DribblingStream extends OutputStream {

    private static final Logger LOG = LoggerFactory.getLogger(DribblingStream.class);

    private final OutputStream body;
    private final Dribble dribble;
    private final Waits waits;
    private final long since;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private boolean closed;

    DribblingStream(OutputStream body, Dribble dribble, Waits waits, long since) {
        this.body = body;
        this.dribble = dribble;
        this.waits = waits;
        this.since = since;
    }

    @Override
    public void write(int b) {
        collected.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        collected.write(bytes, offset, length);
    }

    // Nothing goes out before the body is whole: Jersey flushes before it closes.
    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        byte[] bytes = collected.toByteArray();
        try {
            send(bytes);
            body.close();
        } catch (IOException e) {
            // The client stopped reading (its read timeout fired, as the dribble meant it to) and closed the
            // connection: nothing is left to send to, and nothing is wrong with the stub.
            LOG.debug("A dribbled answer's client went away: {}", e.getMessage());
        }
    }

    private void send(byte[] bytes) throws IOException {
        int pieces = Math.max(1, Math.min(dribble.chunks(), bytes.length));
        long pauseNanos = TimeUnit.MILLISECONDS.toNanos(dribble.durationMs()) / pieces;
        long start = System.nanoTime();
        boolean cutShort = false;
        for (int piece = 0; piece < pieces; piece++) {
            int from = (int) ((long) bytes.length * piece / pieces);
            int to = (int) ((long) bytes.length * (piece + 1) / pieces);
            body.write(bytes, from, to - from);
            body.flush();
            if (!cutShort) {
                long left = start + pauseNanos * (piece + 1) - System.nanoTime();
                cutShort = !waits.waitOutNanos(left, since);
            }
        }
    }
}
