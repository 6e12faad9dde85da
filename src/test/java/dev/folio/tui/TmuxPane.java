package dev.folio.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One pane of a private tmux server (its own socket, no user config) running an interactive
 * bash, driven like a person at a keyboard: send keys, read the screen, wait until it shows
 * something. Every wait polls with a deadline; nothing sleeps for a fixed time.
 */
final class TmuxPane implements AutoCloseable {
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final Duration POLL = Duration.ofMillis(100);

    private final String socket;
    private String socketPath;

    private TmuxPane(String socket) {
        this.socket = socket;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A new server with one {@code columns} × {@code rows} pane running {@code bash} with prompt {@code $ }. */
    static TmuxPane start(int columns, int rows) throws IOException, InterruptedException {
        TmuxPane pane = new TmuxPane("folio-tui-" + ProcessHandle.current().pid() + "-" + SESSIONS.incrementAndGet());
        pane.tmux("new-session", "-d", "-s", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "env PS1='$ ' bash --norc --noprofile");
        pane.tmux("set-option", "-g", "set-clipboard", "on");
        pane.socketPath = pane.tmux("display-message", "-p", "#{socket_path}").trim();
        pane.waitFor(s -> s.contains("$"), Duration.ofSeconds(10), "the shell prompt");
        return pane;
    }

    void type(String line) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", line);
        tmux("send-keys", "-t", "t", "Enter");
    }

    /** tmux key names: {@code j}, {@code C-z}, {@code M-Left}, {@code BTab}, {@code Escape}. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    /** Text sent as it is (UTF-8), without key-name interpretation. */
    void literal(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", text);
    }

    /** Raw bytes, as a terminal would send them (mouse reports). */
    void bytes(int... bytes) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t", "-H"));
        for (int b : bytes) {
            args.add(String.format("%02x", b));
        }
        tmux(args.toArray(new String[0]));
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-t", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", "t");
    }

    List<String> lines() throws IOException, InterruptedException {
        return screen().lines().toList();
    }

    boolean alternateScreen() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", "t", "#{alternate_on}").trim().equals("1");
    }

    String title() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", "t", "#{pane_title}").trim();
    }

    String clipboard() throws IOException, InterruptedException {
        return tmux("show-buffer");
    }

    /** Polls the screen until {@code condition} holds; fails with the last screen otherwise. */
    String waitFor(Predicate<String> condition, Duration timeout, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; the screen shows:\n" + screen);
            }
            Thread.sleep(POLL.toMillis());
            screen = screen();
        }
        return screen;
    }

    String waitFor(String text) throws IOException, InterruptedException {
        return waitFor(s -> s.contains(text), Duration.ofSeconds(10), '"' + text + '"');
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            tmux("kill-server");
        } catch (IOException ignored) {
            // already gone
        }
        if (socketPath != null && !socketPath.isEmpty()) {
            Files.deleteIfExists(Path.of(socketPath)); // the server leaves it behind
        }
    }
}
