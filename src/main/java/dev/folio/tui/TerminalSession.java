package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.TerminalResizeListener;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The terminal while folio owns it: raw tty, alternate screen, hidden cursor, mouse reporting;
 * and the one place that gives all of that back. A lock serialises painting, input polling,
 * suspending and restoring, so a shutdown hook or a suspend never lands in the middle of a frame
 * and nothing is painted or read once the terminal is lent out or restored.
 */
final class TerminalSession implements Display, AutoCloseable {
    /** The controlling terminal. Keys are always read here, so a document piped on stdin works. */
    static final File CONTROLLING_TTY = new File("/dev/tty");
    private static final long HOOK_WAIT_MILLIS = 1000;

    private enum Phase { ACTIVE, SUSPENDED, CLOSED }

    private final TtyTerminal terminal;
    private final InputStream input;
    private final TerminalScreen screen;
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread shutdownHook = new Thread(this::restoreOnShutdown, "folio terminal restore");
    private volatile Phase phase = Phase.ACTIVE;

    private TerminalSession(TtyTerminal terminal, InputStream input) throws IOException {
        this.terminal = terminal;
        this.input = input;
        this.screen = new TerminalScreen(terminal);
        terminal.setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE);
        screen.setCursorPosition(null);
        screen.startScreen();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        terminal.dropLanternaShutdownHook();
        Signals.exitOnTerminating(); // kill -USR1, -ALRM … also run the hook that gives the terminal back
    }

    /** Opens the controlling terminal for input and standard output for drawing. */
    static TerminalSession open() throws NoTerminalException {
        System.out.flush(); // anything the caller printed goes before the screen, not into it
        return open(CONTROLLING_TTY, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    }

    static TerminalSession open(File tty, OutputStream output) throws NoTerminalException {
        InputStream input;
        try {
            input = new FileInputStream(tty);
        } catch (IOException e) {
            throw new NoTerminalException("cannot open " + tty + ": " + e.getMessage(), e);
        }
        TtyTerminal terminal;
        try {
            terminal = new TtyTerminal(tty, input, output);
        } catch (IOException e) {
            closeQuietly(input);
            throw new NoTerminalException("cannot set up " + tty + ": " + e.getMessage(), e);
        }
        try {
            return new TerminalSession(terminal, input);
        } catch (IOException | RuntimeException e) {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw new NoTerminalException("cannot start the screen on " + tty + ": " + e.getMessage(), e);
        }
    }

    @Override
    public TerminalSize size() {
        return screen.getTerminalSize();
    }

    /** Calls {@code listener} (on a signal thread) whenever the terminal's size changes. */
    @Override
    public void onResize(Consumer<TerminalSize> listener) {
        terminal.addResizeListener((TerminalResizeListener) (t, size) -> listener.accept(size));
    }

    /** Calls {@code listener} (on a signal thread) when SIGTSTP comes from outside ({@code kill -TSTP}). */
    @Override
    public void onStopSignal(Runnable listener) {
        Signals.onStop(listener);
    }

    /**
     * Draws with {@code painter} into the back buffer and refreshes: by delta, or completely
     * when {@code complete}. Does nothing while the terminal is lent out or restored.
     */
    @Override
    public void paint(Consumer<Screen> painter, boolean complete) throws IOException {
        lock.lock();
        try {
            if (phase != Phase.ACTIVE) {
                return;
            }
            screen.doResizeIfNecessary();
            painter.accept(screen);
            screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        } finally {
            lock.unlock();
        }
    }

    /**
     * As {@link #paint(Consumer, boolean)}, with {@code overdraw}'s bytes just before and after
     * the refresh. A resize makes the refresh complete (Lanterna clears the screen then), and
     * {@code overdraw} is told so.
     */
    @Override
    public void paint(Consumer<Screen> painter, boolean complete, Overdraw overdraw) throws IOException {
        lock.lock();
        try {
            if (phase != Phase.ACTIVE) {
                return;
            }
            boolean cleared = screen.doResizeIfNecessary() != null || complete;
            painter.accept(screen);
            String before = overdraw.beforeRefresh(cleared);
            if (!before.isEmpty()) {
                terminal.writeSequence(before);
            }
            screen.refresh(cleared ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
            String after = overdraw.afterRefresh(cleared);
            if (!after.isEmpty()) {
                terminal.writeSequence(after);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The next input event if one is waiting; null when none is, or while painting or suspended. */
    @Override
    public KeyStroke pollInput() throws IOException {
        if (!lock.tryLock()) {
            return null;
        }
        try {
            return phase == Phase.ACTIVE ? terminal.pollInput() : null;
        } finally {
            lock.unlock();
        }
    }

    /** Writes one of folio's own sequences (OSC 52). */
    @Override
    public void writeSequence(String sequence) throws IOException {
        lock.lock();
        try {
            if (phase == Phase.ACTIVE) {
                terminal.writeSequence(sequence);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Leaves the screen and gives the tty its own settings back, runs {@code work}, then takes
     * the terminal back with the screen cleared for a complete redraw.
     */
    @Override
    public <T> T whileSuspended(TerminalHandoff.Work<T> work) throws Exception {
        lock.lock();
        try {
            if (phase != Phase.ACTIVE) {
                return work.run();
            }
            screen.stopScreen(false);
            terminal.releaseTty();
            phase = Phase.SUSPENDED;
            try {
                return work.run();
            } finally {
                if (phase == Phase.SUSPENDED) {
                    terminal.reacquireTty();
                    screen.startScreen();
                    phase = Phase.ACTIVE;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Restores the terminal: tty settings, main screen, cursor, no mouse reporting. Idempotent. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (phase == Phase.CLOSED) {
                return;
            }
            boolean wasActive = phase == Phase.ACTIVE;
            phase = Phase.CLOSED;
            if (wasActive) {
                screen.stopScreen(false);
            }
            terminal.close(); // restores the saved stty settings
            input.close();
        } finally {
            lock.unlock();
            removeShutdownHook();
        }
    }

    private void restoreOnShutdown() {
        boolean locked = false;
        try {
            // A frame being painted is finished first; a stuck painter does not keep the tty raw.
            locked = lock.tryLock(HOOK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (phase == Phase.ACTIVE) {
                phase = Phase.CLOSED;
                screen.stopScreen(false);
                terminal.releaseTty();
            }
            phase = Phase.CLOSED;
        } catch (IOException | RuntimeException ignored) {
            // the JVM is going down; nothing is left to tell
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook runs, and finds the terminal restored
        }
    }

    private static void closeQuietly(InputStream input) {
        try {
            input.close();
        } catch (IOException ignored) {
            // nothing was set up yet
        }
    }
}
