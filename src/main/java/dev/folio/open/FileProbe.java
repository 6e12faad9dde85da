package dev.folio.open;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the opening policy needs to know about a local file. An interface so the resolver stays
 * testable without touching the disk; {@link #system()} asks the file system.
 */
public interface FileProbe {

    FileFacts facts(Path path);

    /**
     * Facts of one local file: whether it exists, is a directory, has an executable bit, and
     * whether its first bytes make it a program whatever its name ({@link ProgramSniffer}).
     */
    record FileFacts(boolean exists, boolean directory, boolean executable, boolean program) {
        public static final FileFacts MISSING = new FileFacts(false, false, false);
        public static final FileFacts PLAIN_FILE = new FileFacts(true, false, false);

        public FileFacts(boolean exists, boolean directory, boolean executable) {
            this(exists, directory, executable, false);
        }
    }

    static FileProbe system() {
        return path -> {
            if (!Files.exists(path)) {
                return FileFacts.MISSING;
            }
            boolean directory = Files.isDirectory(path);
            // Directories are always "executable" (searchable); only a file's bit matters.
            boolean executable = !directory && Files.isExecutable(path);
            return new FileFacts(true, directory, executable, !directory && ProgramSniffer.isProgram(path));
        };
    }
}
