package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A {@link Display} on a {@link GridTerminal}: input comes from a queue the test fills, and it
 * counts paints, records sequences and suspensions, so the runtime can be tested without a tty.
 */
final class VirtualDisplay implements Display {
    final GridTerminal terminal;
    private final TerminalScreen screen;
    private final BlockingQueue<KeyStroke> input = new LinkedBlockingQueue<>();
    final AtomicInteger paints = new AtomicInteger();
    final AtomicInteger completePaints = new AtomicInteger();
    final AtomicInteger suspensions = new AtomicInteger();
    final AtomicInteger jobStops = new AtomicInteger();
    final List<String> sequences = new CopyOnWriteArrayList<>();
    /** Every paint's graphics bytes, in order: what was written before and after its refresh, and whether it cleared the screen. */
    final List<Written> graphics = new CopyOnWriteArrayList<>();

    record Written(String before, String after, boolean cleared) {}
    private volatile long paintMillis;
    private volatile boolean suspended;

    VirtualDisplay(int columns, int rows) {
        terminal = new GridTerminal(columns, rows);
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every paint take this long, so input piles up meanwhile. */
    void slowPaints(long millis) {
        paintMillis = millis;
    }

    void press(KeyStroke... strokes) {
        input.addAll(List.of(strokes));
    }

    void press(String characters) {
        characters.chars().forEach(c -> input.add(new KeyStroke((char) c, false, false)));
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
    }

    /** Polls the painted rows until one satisfies {@code condition}. */
    String waitForRow(Predicate<String> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            for (int r = 0; r < size().getRows(); r++) {
                String row = terminal.rowText(r);
                if (condition.test(row)) {
                    return row;
                }
            }
            if (System.nanoTime() > deadline) {
                StringBuilder screenText = new StringBuilder();
                for (int r = 0; r < size().getRows(); r++) {
                    screenText.append('|').append(terminal.rowText(r)).append("|\n");
                }
                throw new AssertionError("no row shows " + what + " in " + size() + " after " + paints.get()
                        + " paints:\n" + screenText);
            }
            Thread.sleep(10);
        }
    }

    String waitForRow(String text) throws InterruptedException {
        return waitForRow(row -> row.contains(text), '"' + text + '"');
    }

    @Override
    public TerminalSize size() {
        return terminal.getTerminalSize();
    }

    @Override
    public void onResize(Consumer<TerminalSize> listener) {
        terminal.addResizeListener((t, size) -> listener.accept(size));
    }

    @Override
    public synchronized void paint(Consumer<Screen> painter, boolean complete) throws IOException {
        screen.doResizeIfNecessary();
        painter.accept(screen);
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        paints.incrementAndGet();
        if (complete) {
            completePaints.incrementAndGet();
        }
        if (paintMillis > 0) {
            try {
                Thread.sleep(paintMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** As a real terminal session: a resize makes the refresh complete, and {@code overdraw} is told so. */
    @Override
    public synchronized void paint(Consumer<Screen> painter, boolean complete, Overdraw overdraw) throws IOException {
        boolean cleared = screen.doResizeIfNecessary() != null || complete;
        painter.accept(screen);
        String before = overdraw.beforeRefresh(cleared);
        screen.refresh(cleared ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        String after = overdraw.afterRefresh(cleared);
        graphics.add(new Written(before, after, cleared));
        paints.incrementAndGet();
        if (complete) {
            completePaints.incrementAndGet();
        }
        if (paintMillis > 0) {
            try {
                Thread.sleep(paintMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public KeyStroke pollInput() {
        return input.poll();
    }

    @Override
    public void writeSequence(String sequence) {
        sequences.add(sequence);
    }

    @Override
    public synchronized <T> T whileSuspended(TerminalHandoff.Work<T> work) throws Exception {
        suspensions.incrementAndGet();
        suspended = true;
        try {
            return work.run();
        } finally {
            suspended = false;
        }
    }

    /** True while the terminal is lent out ({@link #whileSuspended}). */
    boolean suspended() {
        return suspended;
    }

    @Override
    public void suspendJob() {
        jobStops.incrementAndGet(); // never stop the test JVM
    }
}
