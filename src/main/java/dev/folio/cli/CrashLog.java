package dev.folio.cli;

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

/**
 * Where unexpected failures are recorded: {@code $XDG_STATE_HOME/folio/folio.log}, by default
 * {@code ~/.local/state/folio/folio.log}. The user sees one line; the details go here. The log is
 * rotated once it passes {@value #MAX_BYTES} bytes, keeping one old copy.
 */
final class CrashLog {
    static final long MAX_BYTES = 1 << 20;

    private final Path file;

    CrashLog(Path file) {
        this.file = file;
    }

    static CrashLog in(Environment env) {
        String state = env.get("XDG_STATE_HOME");
        // The XDG spec ignores relative paths here.
        Path dir = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : env.home().resolve(".local/state");
        return new CrashLog(dir.resolve("folio").resolve("folio.log"));
    }

    Path file() {
        return file;
    }

    /** Appends an entry for {@code failure}; throws if the log cannot be written. */
    void record(Throwable failure, String version, String[] args) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
            Files.move(file, file.resolveSibling("folio.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        StringWriter entry = new StringWriter();
        PrintWriter w = new PrintWriter(entry);
        w.println("---- " + OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        w.println("folio " + version + ", Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        w.println("arguments: " + String.join(" ", args));
        failure.printStackTrace(w);
        w.flush();
        Files.writeString(file, entry.toString(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
