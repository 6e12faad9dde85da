package dev.folio.markdown;

import dev.folio.doc.Block;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses the parts of a document on a thread of its own, a couple of parts ahead of whoever
 * lays them out: on two cores parsing and layout then overlap. Parts come out in order.
 */
public final class PartsAhead implements AutoCloseable {
    /** How many parsed parts may wait: enough to keep both threads busy, few enough to hold little. */
    private static final int AHEAD = 2;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread producer;
    private boolean ended;

    private PartsAhead(DocumentParts parts) {
        producer = new Thread(() -> produce(parts), "folio-parts");
        producer.setDaemon(true);
        producer.start();
    }

    /** Starts parsing {@code parts} in the background. */
    public static PartsAhead of(DocumentParts parts) {
        return new PartsAhead(parts);
    }

    private void produce(DocumentParts parts) {
        try {
            while (parts.hasNext()) {
                queue.put(parts.next());
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed early: nobody waits for the rest
        } catch (RuntimeException | Error e) {
            queue.clear();
            queue.offer(e);
        }
    }

    /** The blocks of the next part, or null after the last; waits for the parser if need be. */
    @SuppressWarnings("unchecked")
    public List<Block> next() throws InterruptedException {
        if (ended) {
            return null;
        }
        Object item = queue.take();
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Error e) {
            ended = true;
            throw e;
        }
        return (List<Block>) item;
    }

    /** Stops the parser if it is still going. */
    @Override
    public void close() {
        producer.interrupt();
        queue.clear();
    }
}
