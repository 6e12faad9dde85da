package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.markdown.MarkdownParser;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runtime with the real viewer: the document on screen changes on disk, or in the editor. */
@Timeout(30)
class WatchAndEditTest {
    @TempDir
    Path dir;
    private final VirtualDisplay display = new VirtualDisplay(80, 10);
    private final List<Integer> editedAt = new CopyOnWriteArrayList<>();
    private CompletableFuture<Integer> run;

    private static String paragraphs(String changed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            out.add(i == 21 ? changed : "para " + i);
        }
        return String.join("\n\n", out) + "\n";
    }

    private Path start(Editor editor) throws Exception {
        Path file = Files.writeString(dir.resolve("doc.md"), paragraphs("para 21"));
        TuiServices services = new TuiServices(DocumentLoader.utf8Markdown(), Opener.NONE, ScreenTheme.colour(),
                System.err, editor);
        TuiRuntime<dev.folio.viewer.ViewerState> runtime = new TuiRuntime<>(new ViewerCore(), display, services,
                Duration.ofMillis(20));
        Start start = new Start(Source.file(file), new MarkdownParser().parse(Files.readString(file)),
                dev.folio.viewer.ViewerOptions.defaults());
        run = CompletableFuture.supplyAsync(() -> {
            try {
                return runtime.run(start);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        display.waitForRow("para 0");
        // Line 40 of the page is "para 20": paragraphs and blank lines alternate.
        display.press("j".repeat(40));
        waitForTopRow("para 20");
        return file;
    }

    private void waitForTopRow(String text) throws InterruptedException {
        display.waitForRow(row -> display.terminal.rowText(0).contains(text), "top row " + text);
    }

    private String screen() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < display.size().getRows(); r++) {
            sb.append('|').append(display.terminal.rowText(r)).append("|\n");
        }
        return sb.toString();
    }

    @AfterEach
    void quit() throws Exception {
        if (run != null && !run.isDone()) {
            display.press(new KeyStroke(KeyType.EOF));
            run.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aChangeOnDiskShowsTheNewTextAtTheSamePlace() throws Exception {
        Path file = start(Editor.NONE);

        Files.writeString(file, paragraphs("para 21, written by another program"));

        display.waitForRow("para 21, written by another program");
        display.waitForRow("reloaded");
        assertTrue(display.terminal.rowText(0).contains("para 20"), screen());
    }

    @Test
    void theEditorGetsTheTerminalAndTheCurrentLineAndItsChangesAreShown() throws Exception {
        Path file = start((request, terminal) -> {
            try {
                editedAt.add(request.line());
                terminal.whileSuspended(() -> Files.writeString(request.path(), paragraphs("para 21, edited")));
                return new Msg.Edited(request.path(), "edited with test", false);
            } catch (Exception e) {
                return new Msg.Edited(request.path(), e.toString(), true);
            }
        });

        display.press("e");

        display.waitForRow("para 21, edited");
        assertEquals(List.of(41), editedAt, "para 20 is on source line 41");
        assertEquals(1, display.suspensions.get());
        assertTrue(display.terminal.rowText(0).contains("para 20"), screen());
        assertTrue(Files.readString(file).contains("para 21, edited"));
    }
}
