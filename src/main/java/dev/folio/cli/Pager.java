package dev.folio.cli;

import dev.folio.text.Sanitizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --pager}: the printed rendering goes through {@code $PAGER} (default {@code less -R}),
 * started from an argument list, never a shell. folio's output holds colour sequences, so
 * {@code less} always gets {@code -R} (which passes colour through and still counts columns);
 * never {@code -r}, which passes every control character raw and breaks less's line wrapping.
 */
final class Pager {
    static final List<String> DEFAULT = List.of("less", "-R");

    private Pager() {}

    /** The pager's argument list for a {@code PAGER} value (null or blank: the default). */
    static List<String> argv(String pager) {
        if (pager == null || pager.isBlank()) {
            return DEFAULT;
        }
        List<String> argv = new ArrayList<>(List.of(pager.strip().split("\\s+")));
        Path program = Path.of(argv.get(0)).getFileName();
        if (program == null || !program.toString().equals("less")) {
            return argv;
        }
        argv.replaceAll(arg -> arg.equals("-r") || arg.equals("--raw-control-chars") ? "-R" : arg);
        if (argv.stream().skip(1).noneMatch(Pager::asksForColour)) {
            argv.add(1, "-R");
        }
        return argv;
    }

    /** {@code -R}, {@code --RAW-CONTROL-CHARS}, or a cluster of short options holding R ({@code -FRX}). */
    private static boolean asksForColour(String arg) {
        return arg.equals("--RAW-CONTROL-CHARS") || arg.matches("-[A-Za-z]*R[A-Za-z]*");
    }

    /**
     * Shows {@code text} through the pager {@code PAGER} names. When it cannot be started, says
     * so on {@code err} and prints the text to {@code out} instead.
     *
     * @return folio's exit status: 0, or the pager's own when it is not 0
     */
    static int show(Environment env, String text, PrintWriter out, PrintWriter err) {
        List<String> argv = argv(env.get("PAGER"));
        try {
            return env.page(argv, text);
        } catch (IOException e) {
            err.println("folio: cannot start the pager " + Sanitizer.visible(argv.get(0)) + ": "
                    + Sanitizer.visible(String.valueOf(e.getMessage())));
            out.print(text);
            out.flush();
            return 0;
        }
    }

    /**
     * Starts the pager on this terminal, writes {@code text} to it and waits for it to exit.
     *
     * @return the pager's exit status
     * @throws IOException when the pager cannot be started
     */
    static int run(List<String> argv, String text) throws IOException {
        Process process = new ProcessBuilder(argv)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The reader quit the pager before reading everything: that is not an error.
        }
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return 130;
        }
    }
}
