package io.accountcontracts.stub.delay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The body held until it is whole, then sent in even pieces, each flushed, with pauses that add up to the
 * duration; a clear sends the rest at once; a client gone away is no error.
 */
class DribblingStreamTest {

    private static final byte[] BODY = "{\"name\":\"dribbled, a piece at a time\"}".getBytes(StandardCharsets.UTF_8);

    private final Waits waits = new Waits();

    @Test
    void nothingGoesOutBeforeTheBodyIsWholeThenItGoesInEvenFlushedPiecesOverTheDuration() throws IOException {
        Pieces out = new Pieces();
        DribblingStream stream = new DribblingStream(out, new Dribble(4, 400), waits, waits.clears());

        stream.write(BODY, 0, 10);
        stream.flush();
        stream.write(BODY, 10, BODY.length - 10);
        assertEquals(List.of(), out.pieces);

        long start = System.nanoTime();
        stream.close();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(4, out.pieces.size());
        assertArrayEquals(BODY, out.all());
        for (byte[] piece : out.pieces) {
            assertTrue(piece.length == BODY.length / 4 || piece.length == BODY.length / 4 + 1, "" + piece.length);
        }
        // A pause after each piece: the first at once, the last after three quarters, the end after the whole.
        assertTrue(out.atMs.get(0) - startMs(start) < 50, "first piece after " + (out.atMs.get(0) - startMs(start)));
        assertTrue(out.atMs.get(3) - startMs(start) >= 290, "last piece after " + (out.atMs.get(3) - startMs(start)));
        assertTrue(tookMs >= 395 && tookMs < 1_000, "took " + tookMs + " ms");
        assertTrue(out.closed);
    }

    @Test
    void aBodyShorterThanTheChunksGoesAByteAPiece() throws IOException {
        Pieces out = new Pieces();
        DribblingStream stream = new DribblingStream(out, new Dribble(50, 0), waits, waits.clears());

        stream.write("{}".getBytes(StandardCharsets.UTF_8));
        stream.close();

        assertEquals(2, out.pieces.size());
    }

    @Test
    void aClearDuringTheDribbleSendsTheRestAtOnce() throws Exception {
        Pieces out = new Pieces();
        DribblingStream stream = new DribblingStream(out, new Dribble(5, 60_000), waits, waits.clears());
        stream.write(BODY);
        CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
            try {
                stream.close();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        while (out.pieces.isEmpty()) {
            Thread.sleep(5);
        }

        waits.clear();

        sent.get(5, TimeUnit.SECONDS);
        assertEquals(5, out.pieces.size());
        assertArrayEquals(BODY, out.all());
    }

    @Test
    void aClientThatWentAwayEndsTheDribbleQuietly() throws IOException {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        DribblingStream stream = new DribblingStream(gone, new Dribble(3, 30), waits, waits.clears());
        stream.write(BODY);

        stream.close();
    }

    private static long startMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(startNanos);
    }

    // What reached the connection, a piece per flush, and when each was flushed.
    private static final class Pieces extends OutputStream {
        final List<byte[]> pieces = new ArrayList<>();
        final List<Long> atMs = new ArrayList<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            pending.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() {
            if (pending.size() > 0) {
                pieces.add(pending.toByteArray());
                atMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime()));
                pending.reset();
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        byte[] all() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            pieces.forEach(all::writeBytes);
            return all.toByteArray();
        }
    }
}
