package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.doc.Source;
import dev.folio.testing.Markdown;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import dev.folio.viewer.ViewerOptions;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A document whose parse takes long: the screen is painted first, saying so, and keys work meanwhile. */
@Timeout(30)
class DeferredStartTest {
    @Test
    void theScreenComesBeforeTheDocumentAndTheDocumentReplacesItsProgress() throws Exception {
        VirtualDisplay display = new VirtualDisplay(60, 12);
        CountDownLatch parsed = new CountDownLatch(1);
        Source source = Source.stream("slow.md", Path.of("."));
        Remainder slowParse = post -> {
            parsed.await(); // a parse that takes as long as the test wants
            post.accept(new Msg.Loaded(source, Markdown.parse("# Slow\n\nThe text, parsed at last.\n"), "",
                    Effect.Load.Reason.FOLLOW));
        };
        Start start = Start.deferred(source, ViewerOptions.defaults(), Collaborators.standard(), slowParse, "", "parsing…");
        TuiRuntime runtime = new TuiRuntime(Core.VIEWER, display, TestServices.standard(), FileWatcher.INTERVAL);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            try {
                return runtime.run(start);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            display.waitForRow("parsing…");
            display.press("?");
            display.waitForRow(row -> row.contains("Moving"), "the help panel, while the parse goes on");
            display.press(new KeyStroke(KeyType.Escape));
            parsed.countDown();
            display.waitForRow("The text, parsed at last.");
            display.press("q");
            assertEquals(0, run.get(10, TimeUnit.SECONDS));
        } finally {
            parsed.countDown();
            if (!run.isDone()) {
                display.press(new KeyStroke(KeyType.EOF));
            }
        }
    }
}
