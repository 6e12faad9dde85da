package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(ByteSize.parse("1K"), null);

    @Test
    void missingFile() {
        InputException e = assertThrows(InputException.class, () -> reader.text(dir.resolve("missing.md"), "missing.md"));
        assertEquals("missing.md: no such file", e.getMessage());
    }

    @Test
    void missingParentDirectory() {
        InputException e = assertThrows(InputException.class, () -> reader.text(dir.resolve("nope/a.md"), "nope/a.md"));
        assertEquals("no such file", e.why());
    }

    @Test
    void directory() {
        InputException e = assertThrows(InputException.class, () -> reader.text(dir, "docs"));
        assertEquals("docs: is a directory", e.getMessage());
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.md"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
        InputException e = assertThrows(InputException.class, () -> reader.text(file, "secret.md"));
        assertEquals("secret.md: permission denied", e.getMessage());
    }

    @Test
    void aSizeThatRoundsToTheLimitIsGivenInBytes() throws Exception {
        Path file = Files.write(dir.resolve("big.md"), new byte[1025]);
        InputException e = assertThrows(InputException.class, () -> reader.text(file, "big.md"));
        assertEquals("big.md: is 1,025 bytes, over the 1 KiB (1,024 bytes) limit (--max-size)", e.getMessage());
    }

    @Test
    void fileOverTheLimitIsRefusedWithItsSize() throws Exception {
        Path file = Files.write(dir.resolve("big.md"), new byte[3 * 1024]);
        InputException e = assertThrows(InputException.class, () -> reader.text(file, "big.md"));
        assertEquals("big.md: is 3 KiB, over the 1 KiB limit (--max-size)", e.getMessage());
    }

    @Test
    void fileExactlyAtTheLimitIsRead() throws Exception {
        byte[] content = "a".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("ok.md"), content);
        assertArrayEquals(content, reader.bytes(file, "ok.md"));
    }

    @Test
    void streamOverTheLimitIsRefused() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[5000]);
        InputException e = assertThrows(InputException.class, () -> reader.bytes(in, "stdin"));
        assertEquals("stdin: is over the 1 KiB limit (--max-size)", e.getMessage());
    }

    @Test
    void streamIsReadAndDecoded() throws Exception {
        String text = "# 标题\n\ntext\n";
        Decoded d = InputReader.defaults().text(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin");
        assertEquals(text, d.text());
    }

    @Test
    void binaryFileIsRefusedByName() throws Exception {
        Path file = Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        InputException e = assertThrows(InputException.class, () -> reader.text(file, "a.png"));
        assertEquals("a.png", e.what());
        assertEquals(true, e.why().startsWith("a PNG image, not text"), e.why());
    }

    @Test
    void controlCharactersInNamesNeverReachTheMessageRaw() {
        String name = "evil\u001b[2J\u202Egpj.md";
        InputException e = assertThrows(InputException.class, () -> reader.text(dir.resolve("evil"), name));
        assertEquals(-1, e.getMessage().indexOf('\u001b'));
        assertEquals(-1, e.getMessage().indexOf('\u202E'));
    }
}
