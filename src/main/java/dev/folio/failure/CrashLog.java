package dev.folio.failure;

import dev.folio.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The one place an unexpected failure is told, whether it happened while printing or in the
 * full-screen viewer: the user gets one line for stderr, and the details (stack trace, version,
 * arguments) are appended to {@code $XDG_STATE_HOME/folio/folio.log}, by default
 * {@code ~/.local/state/folio/folio.log}. The log is rotated once it passes {@value #MAX_BYTES}
 * bytes, keeping one old copy. Everything written is sanitised: the message may quote a document,
 * and someone will {@code cat} the log onto a terminal.
 */
public final class CrashLog {
    /** The exit status after an internal error (sysexits' EX_SOFTWARE), as {@code --help} says. */
    public static final int EXIT_CODE = 70;
    static final long MAX_BYTES = 1 << 20;
    private static final int MAX_MESSAGE = 300;

    private final Path file;

    CrashLog(Path file) {
        this.file = file;
    }

    /** The log for an environment ({@code XDG_STATE_HOME}) and home directory. */
    public static CrashLog in(UnaryOperator<String> environment, Path home) {
        String state = environment.apply("XDG_STATE_HOME");
        // The XDG spec says relative paths here are to be ignored.
        Path dir = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : home.resolve(".local").resolve("state");
        return new CrashLog(dir.resolve("folio").resolve("folio.log"));
    }

    /** The log for this process's environment and {@code user.home}. */
    public static CrashLog forThisProcess() {
        return in(System::getenv, Path.of(System.getProperty("user.home")));
    }

    public Path file() {
        return file;
    }

    /**
     * Appends an entry for {@code failure} and returns the line to show (no newline). Never
     * throws: if the log cannot be written, the line says so instead of where the details are.
     *
     * @param arguments the command line, when known (else empty)
     */
    public String report(Throwable failure, List<String> arguments) {
        String where;
        try {
            append(failure, arguments);
            where = "details in " + Sanitizer.target(file.toString());
        } catch (IOException | RuntimeException e) {
            where = "could not write " + Sanitizer.target(file.toString()) + ": " + Sanitizer.visible(String.valueOf(e.getMessage()));
        }
        return "folio: internal error: " + summary(failure) + " (" + where + ")";
    }

    /** {@code Type: first line of the message}, sanitised and cut short. */
    static String summary(Throwable failure) {
        String message = failure.getMessage();
        String what = failure.getClass().getSimpleName();
        if (message != null && !message.isBlank()) {
            what += ": " + message.lines().findFirst().orElse("");
        }
        if (what.length() > MAX_MESSAGE) {
            what = what.substring(0, MAX_MESSAGE) + "…";
        }
        return Sanitizer.visible(what);
    }

    /** The stack trace as safe text: tabs become spaces, every other control a placeholder. */
    public static String safeStackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString().lines().map(l -> Sanitizer.visible(l.replace('\t', ' ')))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private void append(Throwable failure, List<String> arguments) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        String version = CrashLog.class.getPackage().getImplementationVersion();
        StringBuilder entry = new StringBuilder()
                .append("---- ").append(OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n')
                .append("folio ").append(version == null ? "(development build)" : version)
                .append(", Java ").append(System.getProperty("java.version"))
                .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        if (!arguments.isEmpty()) {
            entry.append("arguments: ").append(Sanitizer.visible(String.join(" ", arguments))).append('\n');
        }
        entry.append(safeStackTrace(failure));
        Files.writeString(file, entry, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
