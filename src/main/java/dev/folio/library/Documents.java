package dev.folio.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which files are documents folio lists, indexes and searches. */
public final class Documents {
    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "txt", "text");
    /** Folders never listed or searched: version control, dependencies, caches. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "__pycache__");

    private Documents() {}

    public static boolean isDocumentName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static boolean isDocument(Path path) {
        Path name = path.getFileName();
        return name != null && isDocumentName(name.toString());
    }

    /** Hidden files and folders ({@code .git}, {@code .obsidian}) are not part of a collection. */
    static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    static boolean isSkippedFolder(String name) {
        return isHidden(name) || SKIPPED_FOLDERS.contains(name);
    }
}
