package dev.folio.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.folio.text.Width;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The Lanterna 3.1.5 behaviour the tui package works around. If one of these starts failing
 * after an upgrade, the workaround it justifies may be removable.
 */
class LanternaFactsTest {
    @Test
    void lanternasOwnPutStringBreaksNonBmpAndTwoByteCharacters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ANSITerminal plain = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {};

        plain.putString("é😄");

        // é, then a NUL; the emoji as two question marks.
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, 0, '?', '?'}, out.toByteArray());
    }

    @Test
    void lanternasWidthGuessDisagreesWithFolioAndTmux() {
        for (String cluster : new String[] {"✅", "☕", "⭐", "🇨🇳", "👨‍👩‍👧", "e\u0301"}) {
            assertNotEquals(Width.of(cluster), TerminalTextUtils.getColumnWidth(cluster), cluster);
        }
    }
}
