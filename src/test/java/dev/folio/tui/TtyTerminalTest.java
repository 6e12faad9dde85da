package dev.folio.tui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bytes folio's terminal writes; stty is replaced by {@code true}, so no tty is needed. */
class TtyTerminalTest {
    private static final String STTY_PROPERTY = "com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand";

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private TtyTerminal terminal;
    private String savedStty;

    @BeforeEach
    void open() throws IOException {
        savedStty = System.getProperty(STTY_PROPERTY);
        System.setProperty(STTY_PROPERTY, "true");
        terminal = new TtyTerminal(null, new ByteArrayInputStream(new byte[0]), output);
        output.reset();
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
        if (savedStty == null) {
            System.clearProperty(STTY_PROPERTY);
        } else {
            System.setProperty(STTY_PROPERTY, savedStty);
        }
    }

    private byte[] written(String text) throws IOException {
        output.reset();
        terminal.putString(text);
        terminal.flush();
        return output.toByteArray();
    }

    @Test
    void writesTheRealUtf8BytesOfTwoThreeAndFourByteCharacters() throws IOException {
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9}, written("é"));
        assertArrayEquals(new byte[] {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD}, written("中"));
        assertArrayEquals(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x84}, written("😄"));
        assertArrayEquals("e\u0301·👨‍👩‍👧🇨🇳".getBytes(StandardCharsets.UTF_8), written("e\u0301·👨‍👩‍👧🇨🇳"));
    }

    @Test
    void textCannotCarryAnEscapeSequence() throws IOException {
        String out = new String(written("a\u001b]52;c;aGk=\u0007b\u009b2J"), StandardCharsets.UTF_8);

        assertEquals("a␛]52;c;aGk=␇b\uFFFD2J", out);
        for (byte b : out.getBytes(StandardCharsets.UTF_8)) {
            assertFalse(b == 0x1b || b == 0x07 || b == 0, "control byte " + b);
        }
    }

    @Test
    void lanternasOwnShutdownHookCanBeDroppedForFolios() {
        assertTrue(terminal.dropLanternaShutdownHook());
        assertFalse(terminal.dropLanternaShutdownHook(), "gone after the first time");
    }

    @Test
    void folioOwnSequencesAreWrittenAsTheyAre() throws IOException {
        terminal.writeSequence(Osc52.copy("hi"));

        assertEquals("\u001b]52;c;aGk=\u0007", output.toString(StandardCharsets.US_ASCII));
    }
}
