package dev.folio.cli;

import dev.folio.library.Entry;
import dev.folio.library.EntryKind;
import dev.folio.library.Folder;
import dev.folio.library.Heads;
import dev.folio.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code folio DIR} when not at a terminal (or with {@code -p}): the folder's documents, one a
 * line, as the library view lists them: the path (relative to the working directory when under
 * it), a tab, the title.
 */
final class FolderListing {
    private final PrintWriter out;
    private final PrintWriter err;

    FolderListing(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int print(Path dir, Path cwd) {
        try {
            for (Entry e : Folder.list(dir)) {
                Entry read = e.kind() == EntryKind.FOLDER ? e : e.withHead(Heads.read(e.path()));
                String path = e.path().startsWith(cwd) ? cwd.relativize(e.path()).toString() : e.path().toString();
                String title = switch (read.kind()) {
                    case FOLDER -> "(folder)";
                    case BINARY -> "(binary, not text)";
                    case UNREADABLE -> "(cannot be read)";
                    default -> read.shownTitle();
                };
                out.println(Sanitizer.target(path + (e.kind() == EntryKind.FOLDER ? "/" : "")) + "\t" + Sanitizer.visible(title));
            }
            out.flush();
            return FolioCommand.EXIT_OK;
        } catch (IOException e) {
            err.println("folio: " + Sanitizer.target(dir.toString()) + ": cannot be listed: " + Sanitizer.visible(String.valueOf(e.getMessage())));
            return FolioCommand.EXIT_INPUT;
        }
    }
}
