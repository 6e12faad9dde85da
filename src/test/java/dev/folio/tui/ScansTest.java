package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Background searches: a newer one replaces the one under way, Esc stops it, and neither speaks afterwards. */
@Timeout(20)
class ScansTest {
    /** Posts one notice, then waits to be interrupted and posts another (which must be dropped). */
    private static Effect.Scan longScan(String name, CountDownLatch interrupted) {
        return new Effect.Scan("search", post -> {
            post.accept(new Msg.Notice(name + " started"));
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                post.accept(new Msg.Notice(name + " after it was stopped"));
            }
        });
    }

    private static String next(LinkedBlockingQueue<Event> events) throws InterruptedException {
        Event e = events.poll(5, TimeUnit.SECONDS);
        return e == null ? null : ((Msg.Notice) ((Event.Deliver) e).msg()).text();
    }

    @Test
    void aNewerScanInterruptsTheOneUnderWayWhoseLaterPostsAreDropped() throws Exception {
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        try (Scans scans = new Scans(events::add)) {
            scans.scan(longScan("lo", first));
            assertEquals("lo started", next(events));
            scans.scan(longScan("lor", second));
            assertTrue(first.await(5, TimeUnit.SECONDS), "the older scan is interrupted");
            assertEquals("lor started", next(events), "and the newer one runs: typing never queues behind a search");
            scans.stop("search");
            assertTrue(second.await(5, TimeUnit.SECONDS), "Esc interrupts it");
            assertNull(events.poll(300, TimeUnit.MILLISECONDS), "nothing from a stopped scan");
        }
    }
}
