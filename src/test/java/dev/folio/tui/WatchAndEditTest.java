package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.open.EditorCommand;
import dev.folio.open.Launcher;
import dev.folio.testing.Markdown;
import dev.folio.doc.Source;
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

    private Path start(EditorCommand editor) throws Exception {
        Path file = Files.writeString(dir.resolve("doc.md"), paragraphs("para 21"));
        TuiServices services = TestServices.standard().withEditor(editor).withWatch(TuiServices.Watch.FILE);
        TuiRuntime runtime = new TuiRuntime(Core.VIEWER, display, services, Duration.ofMillis(20));
        Start start = new Start(Source.file(file), Markdown.read(file), dev.folio.viewer.ViewerOptions.defaults());
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
        Path file = start(TestServices.editor(TestServices.NO_PROGRAMS));

        Files.writeString(file, paragraphs("para 21, written by another program"));

        display.waitForRow("para 21, written by another program");
        display.waitForRow("reloaded");
        assertTrue(display.terminal.rowText(0).contains("para 20"), screen());
    }

    @Test
    void theEditorGetsTheTerminalAndTheCurrentLineAndItsChangesAreShown() throws Exception {
        Path file = start(TestServices.editor(new Launcher() {
            @Override
            public void start(List<String> argv) {
                throw new AssertionError("an editor is never started detached");
            }

            @Override
            public int runInTerminal(List<String> argv) throws java.io.IOException {
                // test-editor +LINE FILE, run while the screen is suspended
                assertTrue(display.suspended(), "the editor runs with the terminal lent to it");
                editedAt.add(Integer.parseInt(argv.get(1).substring(1)));
                Files.writeString(Path.of(argv.get(2)), paragraphs("para 21, edited"));
                return 0;
            }
        }));

        display.press("e");

        display.waitForRow("para 21, edited");
        assertEquals(List.of(41), editedAt, "para 20 is on source line 41");
        assertEquals(1, display.suspensions.get());
        assertTrue(display.terminal.rowText(0).contains("para 20"), screen());
        assertTrue(Files.readString(file).contains("para 21, edited"));
    }
}
