package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a document links to (issue 11, item 1): only regular files are read, so a link to the
 * terminal or a FIFO can neither swallow keys nor block; and a name that lost its invalid bytes
 * says so (item 14).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a FIFO that is opened blocks for good: fail, don't hang
class LinkedFileTest {
    @TempDir
    Path dir;
    private final InputReader reader = new InputReader(ByteSize.parse("1M"), null);

    @Test
    void aDeviceIsRefusedUnread() {
        InputException e = assertThrows(InputException.class, () -> reader.regularFileText(Path.of("/dev/null"), "null"));
        assertEquals("null: is a device or FIFO, not a file: not read", e.getMessage());
    }

    @Test
    void aSymlinkToADeviceIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("notes.md"), Path.of("/dev/zero"));
        InputException e = assertThrows(InputException.class, () -> reader.regularFileText(link, "notes.md"));
        assertTrue(e.getMessage().contains("not a file"), e.getMessage());
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        InputException e = assertThrows(InputException.class, () -> reader.regularFileText(fifo, "pipe.md"));
        assertTrue(e.getMessage().contains("not a file"), e.getMessage());
    }

    @Test
    void aRegularFileIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "# A\n");
        assertEquals("# A\n", reader.regularFileText(file, "a.md").text());
    }

    @Test
    void aMissingNameWithInvalidUtf8SaysSo() {
        InputException e = assertThrows(InputException.class,
                () -> reader.text(dir.resolve("c1raw\uFFFDJ.md"), "c1raw\uFFFDJ.md"));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        InputException plain = assertThrows(InputException.class, () -> reader.text(dir.resolve("gone.md"), "gone.md"));
        assertEquals("gone.md: no such file", plain.getMessage());
    }
}
