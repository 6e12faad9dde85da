package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Document;
import dev.folio.viewer.Effect;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class EffectWorkerTest {
    @Test
    void aLinkFollowedDuringASlowReloadOvertakesIt() throws Exception {
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
        Path file = Path.of("/docs/a.md");
        try (EffectWorker worker = new EffectWorker(slow, TestServices.NO_OPENER,
                TestServices.editor(TestServices.NO_PROGRAMS), null, events::add)) {
            worker.load(new Effect.Load(file, "", Effect.Load.Reason.RELOAD));
            started.await();
            for (int i = 0; i < 4; i++) {
                worker.load(new Effect.Load(file, "", Effect.Load.Reason.RELOAD));
            }
            worker.load(new Effect.Load(Path.of("/docs/b.md"), "", Effect.Load.Reason.FOLLOW));
            release.countDown();
            Event event = events.poll(5, TimeUnit.SECONDS);
            assertEquals(Path.of("/docs/b.md"), ((dev.folio.viewer.Msg.Loaded) ((Event.Deliver) event).msg()).source().path());
        }
        assertEquals(java.util.Set.of(file, Path.of("/docs/b.md")), java.util.Set.copyOf(loadedPaths));
        assertEquals(2, loadedPaths.size(), "the running reload (given up) and the link: the waiting reloads are not done");
    }

    @Test
    void aLoadThatNeverReturnsHoldsUpNoLaterLoad() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Path fifo = Path.of("/docs/fifo");
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        DocumentLoader loader = path -> {
            if (path.equals(fifo)) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Document.empty();
        };
        try (EffectWorker worker = new EffectWorker(loader, TestServices.NO_OPENER,
                TestServices.editor(TestServices.NO_PROGRAMS), null, events::add)) {
            worker.load(new Effect.Load(fifo, "", Effect.Load.Reason.FOLLOW));
            worker.load(new Effect.Load(Path.of("/docs/b.md"), "", Effect.Load.Reason.FOLLOW));
            Event event = events.poll(5, TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.assertNotNull(event, "the second load waited behind the stuck one");
            assertEquals(Path.of("/docs/b.md"), ((dev.folio.viewer.Msg.Loaded) ((Event.Deliver) event).msg()).source().path());
        } finally {
            never.countDown();
        }
    }
}
