package dev.folio.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.open.Opener;
import dev.folio.open.TargetKind;
import dev.folio.doc.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class TuiRuntimeTest {
    private final VirtualDisplay display = new VirtualDisplay(80, 10);
    private final List<String> lines = IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList();
    private final List<String> opened = new ArrayList<>();
    private CompletableFuture<Integer> run;

    private void start(Opener opener) {
        TuiServices services = TestServices.standard().withOpener(opener);
        TuiRuntime runtime = new TuiRuntime(new ProbeCore("/nonexistent/folio.md"), display, services,
                FileWatcher.INTERVAL);
        Start start = new Start(Source.stream("test", Path.of(".")), ProbeCore.lines(lines),
                dev.folio.viewer.ViewerOptions.defaults());
        run = CompletableFuture.supplyAsync(() -> {
            try {
                return runtime.run(start);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void start() {
        start(TestServices.NO_OPENER);
    }

    private int exitCode() throws Exception {
        return run.get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void endRun() {
        if (run != null && !run.isDone()) {
            display.press(new KeyStroke(KeyType.EOF));
        }
    }

    @Test
    void keysDriveTheProgramAndQuitEndsTheRunWithZero() throws Exception {
        start();
        display.waitForRow("size 80x10");

        display.press("jj");
        display.waitForRow("top=2");
        display.press("q");

        assertEquals(0, exitCode());
    }

    @Test
    void inputThatArrivesWhilePaintingIsAppliedInOneBatchAndPaintedOnce() throws Exception {
        start();
        display.waitForRow("size 80x10");
        display.slowPaints(300);
        int before = display.paints.get();

        display.press("jjjjjjjjjjjjjjjjjjjjjjjjjjjjjj");
        display.waitForRow("top=30");

        int paints = display.paints.get() - before;
        assertTrue(paints <= 3, "30 keys took " + paints + " paints");
        display.press("q");
        assertEquals(0, exitCode());
    }

    @Test
    void aLoadRunsOnTheWorkerAndItsOutcomeComesBackAsAMessage() throws Exception {
        start();
        display.waitForRow("size 80x10");

        display.press("l");
        display.waitForRow("load failed: no such file");
        display.press("q");
        assertEquals(0, exitCode());
    }

    @Test
    void copyWritesOsc52() throws Exception {
        start();
        display.press("c");
        display.waitForRow("copied");

        assertEquals(List.of(Osc52.copy("folio 复制 ✅")), display.sequences);
        display.press("q");
        assertEquals(0, exitCode());
    }

    @Test
    void anOpenerThatNeedsTheTerminalBorrowsItAndTheViewerIsToldToRedrawEverything() throws Exception {
        start(new Opener() {
            @Override
            public Opener.Outcome open(String target, TargetKind kind) {
                opened.add(target + " suspended=" + display.suspended());
                return new Opener.Outcome(true, "opened " + target);
            }

            @Override
            public boolean needsTerminal(String target, TargetKind kind) {
                return true;
            }
        });
        display.waitForRow("size 80x10");
        int completeBefore = display.completePaints.get();

        display.press("o");
        display.waitForRow("resumed=1");
        display.waitForRow("opened /tmp/folio-target.png");

        assertEquals(List.of("/tmp/folio-target.png suspended=true"), opened);
        assertEquals(1, display.suspensions.get());
        assertTrue(display.completePaints.get() > completeBefore, "a complete repaint after the resume");
        display.press("q");
        assertEquals(0, exitCode());
    }

    @Test
    void ctrlZStopsTheJobAndTheViewerRedrawsAfterwards() throws Exception {
        start();
        display.waitForRow("size 80x10");

        display.press(new KeyStroke('z', true, false));
        display.waitForRow("resumed=1");

        assertEquals(1, display.jobStops.get());
        display.press("q");
        assertEquals(0, exitCode());
    }

    @Test
    void aResizeReachesTheViewerAndThePainter() throws Exception {
        start();
        display.waitForRow("size 80x10");

        display.resize(40, 6);
        display.waitForRow("size 40x6");

        display.press(new KeyStroke('c', true, false));
        assertEquals(0, exitCode());
    }

    @Test
    void theEndOfInputEndsTheRun() throws Exception {
        start();
        display.press(new KeyStroke(KeyType.EOF));

        assertEquals(0, exitCode());
    }

    @Test
    void anExceptionInTheViewerEndsTheRunWithIt() throws Exception {
        start();
        display.waitForRow("size 80x10");

        display.press("x");
        ExecutionException e = assertThrows(ExecutionException.class, this::exitCode);
        Throwable cause = e.getCause().getCause();
        assertInstanceOf(IllegalStateException.class, cause);
        assertTrue(cause.getMessage().startsWith("boom"), cause.getMessage());
    }
}
