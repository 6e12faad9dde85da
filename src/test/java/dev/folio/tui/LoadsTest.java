package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A load that never returns (a FIFO, a stuck read) must not hold up the loads after it. */
@Timeout(30)
class LoadsTest {
    private static final Path STUCK = Path.of("/docs/fifo.md");
    private static final Path FILE = Path.of("/docs/b.md");

    /** Blocks on {@link #STUCK} as a FIFO with no writer does, deaf to interrupts; loads anything else at once. */
    private static final class StuckOnFifo implements DocumentLoader {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch never = new CountDownLatch(1);

        @Override
        public Document load(Path path) {
            if (path.equals(STUCK)) {
                started.countDown();
                while (true) {
                    try {
                        never.await(); // open(2) on a FIFO cannot be interrupted either
                        return Document.empty();
                    } catch (InterruptedException e) {
                        // keep blocking
                    }
                }
            }
            return Document.empty();
        }
    }

    private static Effect.Load follow(Path path) {
        return new Effect.Load(path, "", Effect.Load.Reason.FOLLOW);
    }

    private static Msg next(LinkedBlockingQueue<Event> events) throws InterruptedException {
        Event event = events.poll(10, TimeUnit.SECONDS);
        return event == null ? null : ((Event.Deliver) event).msg();
    }

    @Test
    void aLoadAfterAStuckOneIsDoneAtOnce() throws Exception {
        StuckOnFifo loader = new StuckOnFifo();
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        try (Loads loads = new Loads(loader, events::add, Duration.ofMinutes(10))) {
            loads.load(follow(STUCK));
            loader.started.await();
            loads.load(follow(FILE));
            Msg msg = next(events);
            Msg.Loaded loaded = assertInstanceOf(Msg.Loaded.class, msg, "the second load is not held up: " + msg);
            assertEquals(FILE, loaded.source().path());
            assertNull(events.poll(200, TimeUnit.MILLISECONDS), "the overtaken load says nothing");
        } finally {
            loader.never.countDown();
        }
    }

    @Test
    void escCancelsAStuckLoadAndLaterLoadsStillWork() throws Exception {
        StuckOnFifo loader = new StuckOnFifo();
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        try (Loads loads = new Loads(loader, events::add, Duration.ofMinutes(10))) {
            loads.load(follow(STUCK));
            loader.started.await();
            loads.cancel();
            Msg.LoadFailed failed = assertInstanceOf(Msg.LoadFailed.class, next(events));
            assertTrue(failed.reason().startsWith("cancelled"), failed.reason());
            loads.load(new Effect.Load(FILE, "", Effect.Load.Reason.RELOAD));
            assertInstanceOf(Msg.Loaded.class, next(events), "a reload after the cancelled load");
        } finally {
            loader.never.countDown();
        }
    }

    @Test
    void aStuckLoadTimesOutWithAReasonAndTheNextOneWorks() throws Exception {
        StuckOnFifo loader = new StuckOnFifo();
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        try (Loads loads = new Loads(loader, events::add, Duration.ofMillis(300))) {
            loads.load(new Effect.Load(STUCK, "", Effect.Load.Reason.RELOAD));
            loads.load(new Effect.Load(STUCK, "", Effect.Load.Reason.RELOAD)); // waits behind it
            Msg.LoadFailed failed = assertInstanceOf(Msg.LoadFailed.class, next(events));
            assertTrue(failed.reason().contains("gave up") && failed.reason().contains("pipe or a device"), failed.reason());
            loads.load(follow(FILE));
            Msg after = next(events);
            // The reload that waited gets stuck too and times out; the file comes through regardless.
            while (after instanceof Msg.LoadFailed) {
                after = next(events);
            }
            assertEquals(FILE, assertInstanceOf(Msg.Loaded.class, after).source().path());
        } finally {
            loader.never.countDown();
        }
    }

    @Test
    void cancellingWithNothingUnderWaySaysNothing() throws Exception {
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        try (Loads loads = new Loads(path -> Document.empty(), events::add, Duration.ofMinutes(1))) {
            loads.load(follow(FILE));
            assertInstanceOf(Msg.Loaded.class, next(events));
            loads.cancel();
            assertNull(events.poll(200, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void reloadsWaitingBehindASlowOneCollapseIntoTheNewest() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Path> loadedPaths = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        DocumentLoader slow = path -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loadedPaths.add(path);
            return Document.empty();
        };
        try (Loads loads = new Loads(slow, events::add, Duration.ofMinutes(1))) {
            loads.load(new Effect.Load(FILE, "", Effect.Load.Reason.RELOAD));
            started.await();
            for (int i = 0; i < 4; i++) {
                loads.load(new Effect.Load(FILE, "", Effect.Load.Reason.RELOAD));
            }
            release.countDown();
            assertInstanceOf(Msg.Loaded.class, next(events));
            assertInstanceOf(Msg.Loaded.class, next(events));
            assertNull(events.poll(300, TimeUnit.MILLISECONDS));
        }
        assertEquals(List.of(FILE, FILE), loadedPaths, "the running reload and the newest waiting one");
    }
}
