package dev.folio.tui;

import dev.folio.text.Sanitizer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An unexpected failure, told the way folio tells errors: one line for stderr, and the stack
 * trace in {@code $XDG_STATE_HOME/folio/crash.log} (default {@code ~/.local/state/folio/}).
 */
final class CrashReport {
    private CrashReport() {}

    /** Where the details go for this environment. */
    static Path logFile(Map<String, String> environment) {
        String state = environment.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("folio").resolve("crash.log");
    }

    /** Appends the details to {@code log} and returns the line for stderr (sanitised, no newline). */
    static String record(Throwable failure, Path log) {
        String what = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage().lines().findFirst().orElse("");
        String line = "folio: unexpected error: " + Sanitizer.visible(what);
        try {
            Files.createDirectories(log.getParent());
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            // Sanitised too: someone will `cat` this file onto a terminal.
            String safe = trace.toString().lines().map(l -> Sanitizer.visible(l.replace('\t', ' ')))
                    .collect(Collectors.joining("\n"));
            Files.writeString(log, Instant.now() + "\n" + safe + "\n\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return line + " (details in " + Sanitizer.target(log.toString()) + ")";
        } catch (IOException | RuntimeException e) {
            return line;
        }
    }
}
