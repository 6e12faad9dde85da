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
            for (int i = 0; i < 3; i++) {
                events.poll(5, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of(file, file, Path.of("/docs/b.md")), loadedPaths,
                "the running reload, the newest waiting one, and every other load");
    }
}
