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

    /**
     * Waits (up to {@code timeoutMillis}) until the program in the pane has ended: the shell
     * command ends with it, and tmux closes the pane then. A test that quits folio waits here
     * before its temporary folders go, since folio writes its state there as it quits.
     */
    public void waitForExit(long timeoutMillis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            try {
                // "0" while the program runs; "1", or tmux's complaint that the session is gone, after.
                if (!format("#{pane_dead}").equals("0")) {
                    return;
                }
            } catch (IOException gone) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /**
     * Ends the server, then waits (up to 10 s) for the programs that ran in it to end: killed with
     * the server, folio still writes its state as it exits (its SIGHUP goes through the shutdown
     * hooks), and a test's temporary folders must not be deleted under it.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        java.util.List<ProcessHandle> programs = new java.util.ArrayList<>();
        try {
            for (String pid : format("#{pane_pid}").trim().split("\\s+")) {
                if (pid.matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
                        programs.add(p);
                        p.descendants().forEach(programs::add);
                    });
                }
            }
        } catch (IOException noServer) {
            // nothing runs any more
        }
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(5, TimeUnit.SECONDS);
        long end = System.currentTimeMillis() + 10_000;
        for (ProcessHandle program : programs) {
            while (program.isAlive() && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
        }
    }
}
