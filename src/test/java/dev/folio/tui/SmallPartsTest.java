package dev.folio.tui;

import dev.folio.theme.Highlight;
import com.googlecode.lanterna.TerminalSize;
import dev.folio.doc.Document;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallPartsTest {
    @Test
    void osc52CarriesTheTextAsBase64SoNothingInItCanEndTheSequence() {
        String text = "evil\u0007\u001b]0;title\u001b\\ 中文";
        String sequence = Osc52.copy(text);

        assertTrue(sequence.startsWith("\u001b]52;c;"));
        assertTrue(sequence.endsWith("\u0007"));
        String payload = sequence.substring(7, sequence.length() - 1);
        assertTrue(payload.chars().allMatch(c -> c > 0x20 && c < 0x7f), payload);
        assertEquals("evil␇␛]0;title␛\\ 中文", new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8),
                "controls reach the clipboard as placeholders: a paste cannot end a bracketed paste or run a line");
    }

    @Test
    void sttySizeIsRowsThenColumns() {
        assertEquals(new TerminalSize(80, 24), SttySize.parse("24 80\n"));
        assertNull(SttySize.parse(""));
        assertNull(SttySize.parse("0 0"));
        assertNull(SttySize.parse("stty: 'standard input': Inappropriate ioctl for device"));
    }

    @Test
    void aLoadedDocumentComesBackWithItsSourceAnchorAndReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("b.md"), "# B");
        Document document = Document.empty();
        Msg msg = EffectWorker.loaded(path -> document, new Effect.Load(file, "part-2", Effect.Load.Reason.FOLLOW));

        Msg.Loaded loaded = assertInstanceOf(Msg.Loaded.class, msg);
        assertSame(document, loaded.document());
        assertEquals("b.md", loaded.source().name());
        assertEquals(dir.toAbsolutePath(), loaded.source().base());
        assertEquals("part-2", loaded.anchor());
        assertEquals(Effect.Load.Reason.FOLLOW, loaded.reason());
    }

    @Test
    void loadFailuresBecomeOneLineReasons(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.md");
        Msg.LoadFailed noFile = (Msg.LoadFailed) EffectWorker.loaded(dev.folio.testing.Markdown::read,
                new Effect.Load(missing, "", Effect.Load.Reason.FOLLOW));
        assertEquals("no such file", noFile.reason());
        assertEquals(missing.toString(), noFile.target());

        Path latin1 = Files.write(dir.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Msg.LoadFailed undecodable = (Msg.LoadFailed) EffectWorker.loaded(dev.folio.testing.Markdown::read,
                new Effect.Load(latin1, "", Effect.Load.Reason.RELOAD));
        assertEquals("cannot decode the text", undecodable.reason());

        Msg.LoadFailed parserBug = (Msg.LoadFailed) EffectWorker.loaded(path -> {
            throw new IllegalStateException("bad nesting\nsecond line");
        }, new Effect.Load(latin1, "", Effect.Load.Reason.FOLLOW));
        assertEquals("cannot render: bad nesting", parserBug.reason());
    }

    @Test
    void noTerminalIsReportedForTheCallerToPrintInstead(@TempDir Path dir) {
        File absent = dir.resolve("no-tty").toFile();

        NoTerminalException e = assertThrows(NoTerminalException.class,
                () -> TerminalSession.open(absent, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("no-tty"), e.getMessage());
    }

    @Test
    void noColorSelectsTheMonochromeThemeUnlessEmpty() {
        dev.folio.viewer.Segment link = new dev.folio.viewer.Segment("x", dev.folio.layout.Role.LINK, 0,
                dev.folio.theme.Highlight.MATCH);
        ScreenTheme.CellStyle mono = ScreenTheme.forEnvironment(Map.of("NO_COLOR", "1")).styleOf(link);
        ScreenTheme.CellStyle colour = ScreenTheme.forEnvironment(Map.of("NO_COLOR", "")).styleOf(link);

        assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, mono.foreground());
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, mono.background());
        assertFalse(mono.attributes().isEmpty());
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.YELLOW, colour.background());
    }
}
