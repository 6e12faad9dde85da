package dev.folio.library;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Every document under a folder, subfolders included (hidden ones and dependencies left out). */
public final class CollectionFiles {
    /** Deeper than this is not a collection but a file system. */
    private static final int MAX_DEPTH = 12;

    /** A document file with the size and time the index compares. */
    public record File(Path path, long size, long modified) {}

    private CollectionFiles() {}

    public static List<File> under(Path root) throws IOException {
        List<File> files = new ArrayList<>();
        Path start = root.toAbsolutePath().normalize();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(start) && Documents.isSkippedFolder(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !Documents.isHidden(name) && Documents.isDocumentName(name)) {
                    files.add(new File(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable, or a link loop: not searchable, not fatal
            }
        });
        return files;
    }
}
