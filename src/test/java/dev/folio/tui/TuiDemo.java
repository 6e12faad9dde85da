package dev.folio.tui;

import dev.folio.doc.Document;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Source;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime with {@link LinesProgram}, as a program of its own: what the tmux tests start.
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
        String probes = "stdinTerminal " + TerminalProbe.stdinIsTerminal()
                + "\nstdoutTerminal " + TerminalProbe.stdoutIsTerminal() + "\n";
        Program<LinesProgram.State> program = new LinesProgram(lines, load) {
            private boolean first = true;

            @Override
            public dev.folio.viewer.Frame view(State s) {
                if (first && infoFile != null) {
                    first = false;
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    write(infoFile, "pid " + ProcessHandle.current().pid() + "\nfirstFrameMillis " + millis + "\n" + probes);
                }
                return super.view(s);
            }
        };
        Opener opener = (request, terminal) -> {
            try {
                int code = terminal.whileSuspended(() -> new ProcessBuilder("sh", "-c",
                        "echo \"EXTERNAL $1\"; read answer", "sh", request.target()).inheritIO().start().waitFor());
                return new Msg.OpenResult("opened " + request.target() + " exit " + code, false);
            } catch (Exception e) {
                return new Msg.OpenResult("failed " + e, true);
            }
        };
        Start start = new Start(Source.stream("demo", Path.of(".")), Document.empty(), dev.folio.viewer.ViewerOptions.defaults());
        int code = TuiLauncher.run(program, start, TuiServices.defaults().withOpener(opener));
        System.exit(code);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
