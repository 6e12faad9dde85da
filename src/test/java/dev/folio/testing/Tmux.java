package dev.folio.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A private tmux server for end-to-end tests: a real terminal whose screen can be read back.
 * Each instance uses its own socket, so tests never touch the developer's tmux.
 */
public final class Tmux implements AutoCloseable {
    private final String socket = "folio-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    public static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts a session running {@code shellCommand} in a terminal of the given size. */
    public Tmux start(int columns, int rows, Path workDir, String shellCommand) throws IOException, InterruptedException {
        run("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "-c", workDir.toString(), shellCommand);
        run("set-option", "-t", "t", "status", "off");
        return this;
    }

    public void sendKeys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** Types text literally (no key-name interpretation). */
    public void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", "t", "-l", text);
    }

    public void resize(int columns, int rows) throws IOException, InterruptedException {
        run("resize-window", "-t", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    public String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", "t");
    }

    /** A tmux format value of the pane, e.g. {@code #{cursor_x}} or {@code #{alternate_on}}. */
    public String format(String format) throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", "t", format).strip();
    }

    /** Runs any tmux command on this server (e.g. {@code set-option}, {@code select-pane -T}); returns its output. */
    public String command(String... args) throws IOException, InterruptedException {
        return run(args);
    }

    /** The paste buffers tmux holds: an OSC 52 clipboard write lands here when set-clipboard is on. */
    public String buffers() throws IOException, InterruptedException {
        return run("list-buffers").strip();
    }

    /** Polls the screen until {@code condition} holds; returns the last screen either way. */
    public String waitFor(Predicate<String> condition, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String screen = screen();
        while (!condition.test(screen) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux did not answer: " + cmd);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(5, TimeUnit.SECONDS);
    }
}
