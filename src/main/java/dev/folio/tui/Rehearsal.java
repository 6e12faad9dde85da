package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Runs the viewer on a virtual screen for a few keys, then ends: what a real session does at
 * start (classes loaded and linked, code run), without a terminal. install.sh's training run
 * uses it, so the class data it records covers the viewer as well as printing.
 */
public final class Rehearsal {
    /** Scrolling, the end, search, links, the outline, help: the paths a session takes first. */
    private static final String KEYS = "jj Gg/the\n]\t\to\u001b?\u001bn";

    private Rehearsal() {}

    /** Shows {@code start} on a 100 × 30 virtual screen, types the keys, and returns at the end of input. */
    public static void run(Start start, TuiServices services) throws Exception {
        run(Core.VIEWER, start, services);
    }

    /** With a wrapped core (tests). */
    static void run(Core core, Start start, TuiServices services) throws Exception {
        new TuiRuntime(core, new Stage(KEYS), services, FileWatcher.INTERVAL).run(start);
    }

    /** A display on a virtual terminal whose input is the given keys, then the end of input. */
    private static final class Stage implements Display {
        private final Screen screen;
        private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        private final Deque<KeyStroke> input = new ArrayDeque<>();
        private boolean pause;

        Stage(String keys) throws IOException {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            for (char c : keys.toCharArray()) {
                input.add(switch (c) {
                    case '\n' -> new KeyStroke(KeyType.Enter);
                    case '\t' -> new KeyStroke(KeyType.Tab);
                    case '\u001b' -> new KeyStroke(KeyType.Escape);
                    default -> new KeyStroke(c, false, false);
                });
            }
            input.add(new KeyStroke(KeyType.EOF));
        }

        @Override
        public TerminalSize size() {
            return terminal.getTerminalSize();
        }

        @Override
        public void onResize(Consumer<TerminalSize> listener) {
            // a fixed size
        }

        @Override
        public synchronized void paint(Consumer<Screen> painter, boolean complete) throws IOException {
            screen.doResizeIfNecessary();
            painter.accept(screen);
            screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        }

        /** One key at a time, with a pause between (the input thread then waits): each key is painted. */
        @Override
        public synchronized KeyStroke pollInput() {
            pause = !pause;
            return pause ? input.poll() : null;
        }

        @Override
        public void writeSequence(String sequence) {
            // nowhere to write
        }

        @Override
        public <T> T whileSuspended(TerminalHandoff.Work<T> work) {
            throw new UnsupportedOperationException("a rehearsal lends the terminal to nobody");
        }

        @Override
        public void suspendJob() {
            // never stop
        }
    }
}
