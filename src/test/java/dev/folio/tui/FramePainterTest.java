package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.folio.layout.Role;
import dev.folio.text.Width;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Segment;
import dev.folio.theme.Highlight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FramePainterTest {
    private static final int COLUMNS = 40;
    private static final int ROWS = 6;

    private GridTerminal terminal;
    private TerminalScreen screen;

    @BeforeEach
    void startScreen() throws IOException {
        terminal = new GridTerminal(COLUMNS, ROWS);
        screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    private void paint(ScreenTheme theme, Frame frame) throws IOException {
        new FramePainter(theme).paint(frame, screen);
        screen.refresh(Screen.RefreshType.AUTOMATIC);
    }

    private void paint(String... rows) throws IOException {
        paint(ScreenTheme.colour(), frame(Arrays.stream(rows).map(FramePainterTest::plain).toList()));
    }

    private static Frame.Row plain(String text) {
        return new Frame.Row(List.of(new Segment(text, Role.TEXT, 0, Highlight.NONE)));
    }

    private static Frame frame(List<Frame.Row> rows) {
        return new Frame(COLUMNS, ROWS, rows, -1, -1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中文标题：阅读器|end", "emoji 😄|✅|☕|⭐|end", "flag 🇨🇳|end", "family 👨‍👩‍👧|end",
            "combining e\u0301|cafe\u0301|end", "skin 👍🏽|keycap 1️⃣|end"})
    void everyClusterLandsWhereTheWidthFunctionPutsIt(String text) throws IOException {
        paint(text);

        assertEquals(text, terminal.rowText(0));
        String prefix = text.substring(0, text.lastIndexOf("|end"));
        assertEquals(Width.of(prefix), lastBar(0));
    }

    private int lastBar(int row) {
        int last = -1;
        for (int c = 0; c < COLUMNS; c++) {
            if (terminal.cell(c, row).text().equals("|")) {
                last = c;
            }
        }
        return last;
    }

    @Test
    void aWideClusterTakesTwoCellsAndTheNextTextFollowsIt() throws IOException {
        paint("✅x");

        assertEquals("✅", terminal.cell(0, 0).text());
        assertEquals("", terminal.cell(1, 0).text());
        assertEquals("x", terminal.cell(2, 0).text());
    }

    @Test
    void aCombiningMarkStartingASegmentJoinsThePreviousCellWithoutShiftingColumns() throws IOException {
        Frame.Row row = new Frame.Row(List.of(
                new Segment("cafe", Role.TEXT, 0, Highlight.NONE),
                new Segment("\u0301|x", Role.LINK, 0, Highlight.NONE)));
        paint(ScreenTheme.colour(), frame(List.of(row)));

        assertEquals("cafe\u0301|x", terminal.rowText(0));
        assertEquals(4, terminal.columnOf("|", 0));
    }

    @Test
    void aCombiningMarkAtTheStartOfARowIsDropped() throws IOException {
        paint("\u0301ab");

        assertEquals("ab", terminal.rowText(0));
    }

    @Test
    void deltaRefreshesSwapWideAndNarrowTextCleanly() throws IOException {
        paint("中文ab", "ab中文", "😄😄😄", "zzzzzzzzzzzz", "zzzzzzzzzzzz");
        paint("abcd中", "中ab文", "x😄y😄", "✅|🇨🇳|☕|x", "é|👨‍👩‍👧|x");

        assertEquals("abcd中", terminal.rowText(0));
        assertEquals("中ab文", terminal.rowText(1));
        assertEquals("x😄y😄", terminal.rowText(2));
        assertEquals("✅|🇨🇳|☕|x", terminal.rowText(3));
        assertEquals("é|👨‍👩‍👧|x", terminal.rowText(4));
    }

    @Test
    void escapeAndOtherControlsNeverReachTheTerminal() throws IOException {
        paint("a\u001b[31mred\u0007\u009b2J", "\u001b]52;c;aGk=\u0007");

        assertEquals("a␛[31mred␇\uFFFD2J", terminal.rowText(0));
        for (String text : terminal.written()) {
            assertTrue(text.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), text);
        }
    }

    @Test
    void aWideClusterThatDoesNotFitTheLastColumnLeavesItBlank() throws IOException {
        paint("x".repeat(COLUMNS - 1) + "中");

        assertEquals("x".repeat(COLUMNS - 1), terminal.rowText(0));
    }

    @Test
    void rowsTheFrameDoesNotCoverAreBlankAndRowsBeyondTheScreenAreIgnored() throws IOException {
        paint("one", "two", "three", "four", "five", "six", "seven", "eight");
        paint("only");

        assertEquals("only", terminal.rowText(0));
        for (int r = 1; r < ROWS; r++) {
            assertEquals("", terminal.rowText(r));
        }
    }

    @Test
    void highlightsGetTheirStyles() throws IOException {
        Frame.Row row = new Frame.Row(List.of(
                new Segment("link", Role.LINK, 0, Highlight.FOCUSED_LINK),
                new Segment("hit", Role.TEXT, 0, Highlight.MATCH),
                new Segment("now", Role.TEXT, 0, Highlight.CURRENT_MATCH)));
        paint(ScreenTheme.colour(), frame(List.of(row)));

        assertTrue(terminal.cell(0, 0).attributes().contains(SGR.REVERSE));
        assertEquals(TextColor.ANSI.YELLOW, terminal.cell(4, 0).background());
        GridTerminal.GridCell current = terminal.cell(7, 0);
        assertFalse(current.background().equals(terminal.cell(4, 0).background()));
        assertTrue(current.attributes().contains(SGR.BOLD));
    }

    @Test
    void theStatusBarFillsTheRowAndMarksBecomeAttributes() throws IOException {
        Frame.Row text = new Frame.Row(List.of(new Segment("bold", Role.TEXT,
                dev.folio.layout.Span.STRONG | dev.folio.layout.Span.EMPHASIS, Highlight.NONE)));
        Frame.Row status = new Frame.Row(List.of(new Segment("doc.md 10%", Role.TEXT, 0, Highlight.STATUS)));
        paint(ScreenTheme.colour(), frame(List.of(text, status)));

        assertTrue(terminal.cell(0, 0).attributes().containsAll(List.of(SGR.BOLD, SGR.ITALIC)));
        assertTrue(terminal.cell(COLUMNS - 1, 1).attributes().contains(SGR.REVERSE));
        assertFalse(terminal.cell(COLUMNS - 1, 0).attributes().contains(SGR.REVERSE));
    }

    @Test
    void monochromeWritesNoColourAtAll() throws IOException {
        Frame.Row row = new Frame.Row(List.of(
                new Segment("Title", Role.HEADING_1, 0, Highlight.NONE),
                new Segment("link", Role.LINK, 0, Highlight.FOCUSED_LINK),
                new Segment("hit", Role.CODE, 0, Highlight.MATCH),
                new Segment("err", Role.TEXT, 0, Highlight.STATUS_ERROR)));
        paint(ScreenTheme.monochrome(), frame(List.of(row)));

        for (int c = 0; c < COLUMNS; c++) {
            GridTerminal.GridCell cell = terminal.cell(c, 0);
            assertEquals(TextColor.ANSI.DEFAULT, cell.foreground(), "column " + c);
            assertEquals(TextColor.ANSI.DEFAULT, cell.background(), "column " + c);
        }
        assertTrue(terminal.cell(0, 0).attributes().contains(SGR.BOLD));
        assertTrue(terminal.cell(5, 0).attributes().contains(SGR.REVERSE));
    }
}
