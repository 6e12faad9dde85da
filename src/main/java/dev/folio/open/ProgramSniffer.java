package dev.folio.open;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is a program by its content, whatever its name says: a script ({@code #!}), an
 * ELF or Windows executable, or a desktop launcher ({@code [Desktop Entry]}, which desktop
 * environments run whatever the file is called). {@code evil.desktop } with a trailing space, or
 * a launcher named {@code notes.txt}, is then still refused. Only regular files are read, and
 * only their first {@link #SNIFF_BYTES}.
 */
final class ProgramSniffer {
    static final int SNIFF_BYTES = 4096;

    private ProgramSniffer() {}

    static boolean isProgram(Path path) {
        if (!Files.isRegularFile(path)) {
            return false; // devices and FIFOs are never read here: a read could block for good
        }
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(path)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return isProgram(head, n);
    }

    static boolean isProgram(byte[] head, int length) {
        if (length >= 2 && head[0] == '#' && head[1] == '!') {
            return true;
        }
        if (length >= 4 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return true;
        }
        if (length >= 2 && head[0] == 'M' && head[1] == 'Z') {
            return true;
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.equals("[Desktop Entry]")) {
                return true;
            }
            if (!l.isEmpty() && !l.startsWith("#")) {
                return false; // a launcher's first group comes before anything else but comments
            }
        }
        return false;
    }
}
