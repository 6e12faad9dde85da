package dev.folio.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command lines people type most ({@code folio FILE}, {@code folio -p FILE}, {@code folio -},
 * {@code folio}), recognised without picocli. Building picocli's model of the command costs more
 * than reading and printing a small document (about 150 ms of a cold start: reflection over the
 * annotations, and picocli's classes cannot be class-data shared on Java 17), so the hot path
 * skips it. Anything else, including every malformed or unusual argument, returns empty and goes
 * through picocli, which stays the one authority on syntax, help, errors and completion.
 *
 * <p>Accepted: at most one {@code -p} or {@code --print}, and at most one FILE that is {@code -}
 * or does not start with {@code -} or {@code @} (picocli would read an {@code @file} as more
 * arguments), in either order.
 *
 * @param print {@code -p} was given
 * @param file  the FILE (or URL) argument, or null
 */
record QuickArgs(boolean print, String file) {
    static Optional<QuickArgs> of(String... args) {
        boolean print = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("-p") || arg.equals("--print")) {
                if (print) {
                    return Optional.empty(); // picocli reports the repeated option
                }
                print = true;
            } else if (file == null && isPlainFile(arg)) {
                try {
                    Path.of(arg); // a web address is any string; a file name must be a valid path
                } catch (InvalidPathException e) {
                    return Optional.empty(); // picocli reports the bad path
                }
                file = arg;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new QuickArgs(print, file));
    }

    private static boolean isPlainFile(String arg) {
        return arg.equals("-") || !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
    }
}
