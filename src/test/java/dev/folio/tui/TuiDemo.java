package dev.folio.tui;

import dev.folio.open.Opener;
import dev.folio.open.TargetKind;
import dev.folio.doc.Source;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime with the viewer wrapped in {@link ProbeCore}, as a program of its own: what the tmux tests start.
 * Options: {@code --stdin} shows the first line read from stdin; {@code --info FILE} writes the
 * pid and the time to the first frame; {@code --load FILE} is what {@code l} loads.
 */
public final class TuiDemo {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        List<String> lines = new ArrayList<>();
        Path info = null;
        String load = "/nonexistent/folio.md";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stdin" -> lines.add("stdin: " + new BufferedReader(
                        new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
                case "--info" -> info = Path.of(args[++i]);
                case "--load" -> load = args[++i];
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        lines.add("中文标题：阅读器");
        lines.add("emoji 😄|✅|🇨🇳|👨‍👩‍👧|end");
        lines.add("combining e\u0301|cafe\u0301|end");
        lines.add("escape \u001b[31mred\u0007 bell");
        lines.add("title \u001b]0;pwned\u0007 clip \u001b]52;c;cHduZWQ=\u001b\\ c1 \u009b2J");
        for (int i = 6; i <= 60; i++) {
            lines.add("line " + i);
        }
        Path infoFile = info;
        String probes = "stdinTerminal " + isTerminal(0) + "\nstdoutTerminal " + isTerminal(1) + "\n";
        ProbeCore core = new ProbeCore(load) {
            private boolean first = true;

            @Override
            public dev.folio.viewer.Frame render(dev.folio.viewer.ViewerState s) {
                if (first && infoFile != null) {
                    first = false;
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    write(infoFile, "pid " + ProcessHandle.current().pid() + "\nfirstFrameMillis " + millis + "\n" + probes);
                }
                return super.render(s);
            }
        };
        Opener opener = new Opener() {
            @Override
            public Outcome open(String target, TargetKind kind) {
                try {
                    int code = new ProcessBuilder("sh", "-c", "echo \"EXTERNAL $1\"; read answer", "sh", target)
                            .inheritIO().start().waitFor();
                    return new Outcome(true, "opened " + target + " exit " + code);
                } catch (Exception e) {
                    return new Outcome(false, "failed " + e);
                }
            }

            @Override
            public boolean needsTerminal(String target, TargetKind kind) {
                return true;
            }
        };
        Start start = new Start(Source.stream("demo", Path.of(".")), ProbeCore.lines(lines),
                dev.folio.viewer.ViewerOptions.defaults());
        int code = TuiLauncher.run(core, start, TestServices.standard().withOpener(opener));
        System.exit(code);
    }

    /** {@code test -t FD}, with the descriptor passed on to it. */
    private static boolean isTerminal(int fd) throws Exception {
        ProcessBuilder test = new ProcessBuilder("test", "-t", String.valueOf(fd));
        if (fd == 0) {
            test.redirectInput(ProcessBuilder.Redirect.INHERIT);
        } else {
            test.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        return test.start().waitFor() == 0;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
