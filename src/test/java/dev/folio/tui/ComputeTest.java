package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Background computations and the remainder of a long document reach the viewer as messages. */
class ComputeTest {
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private EffectWorker worker() {
        return new EffectWorker(dev.folio.testing.Markdown::read, TestServices.NO_OPENER,
                TestServices.editor(TestServices.NO_PROGRAMS), null, events::add);
    }

    private String next() throws InterruptedException {
        Event event = events.poll(10, TimeUnit.SECONDS);
        return ((Msg.OpenResult) ((Event.Deliver) event).msg()).message();
    }

    @Test
    @Timeout(20)
    void aComputationRunsOffTheCallingThreadAndANewerOneForTheSameSlotSupersedesAWaitingOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        try (EffectWorker worker = worker()) {
            worker.compute(new Effect.Compute("a", () -> {
                await(release);
                return new Msg.OpenResult("first, off " + (Thread.currentThread() != caller), false);
            }));
            worker.compute(new Effect.Compute("b", () -> new Msg.OpenResult("b waits", false)));
            worker.compute(new Effect.Compute("b", () -> new Msg.OpenResult("newer b", false)));
            release.countDown();
            assertEquals("first, off true", next());
            assertEquals("newer b", next());
            assertEquals(null, events.poll(300, TimeUnit.MILLISECONDS), "the older b never ran");
        }
    }

    @Test
    @Timeout(20)
    void aRemainderPostsFromItsOwnThreadAndAFailureBecomesAMessage() throws Exception {
        List<Msg> posted = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        Thread caller = Thread.currentThread();
        Remainder rest = post -> {
            assertNotEquals(caller, Thread.currentThread());
            post.accept(new Msg.OpenResult("part", false));
            throw new java.io.IOException("disk gone");
        };
        rest.startReading(msg -> {
            synchronized (posted) {
                posted.add(msg);
            }
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(new Msg.OpenResult("part", false), posted.get(0));
        assertTrue(((Msg.LoadFailed) posted.get(1)).reason().contains("disk gone"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
