package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Inline;
import dev.folio.text.Width;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inline line breaking: spaces, CJK, kinsoku, soft and hard breaks, and the Wrap of each line. */
class LineBreakingTest {

    private static List<Line.Wrap> wraps(Page page) {
        return page.lines().stream().map(Line::wrap).toList();
    }

    @Test
    void latinTextBreaksAtSpacesWhichAreDropped() {
        Page page = layout(10, para("the quick brown fox jumps"));
        assertEquals(List.of("the quick", "brown fox", "jumps"), lines(page));
        assertEquals(List.of(Line.Wrap.SPACE, Line.Wrap.SPACE, Line.Wrap.END), wraps(page));
    }

    @Test
    void cjkTextBreaksBetweenAnyTwoCharacters() {
        Page page = layout(6, para("一二三四五六七八"));
        assertEquals(List.of("一二三", "四五六", "七八"), lines(page));
        assertEquals(List.of(Line.Wrap.DIRECT, Line.Wrap.DIRECT, Line.Wrap.END), wraps(page));
    }

    @Test
    void aLongWordCutByForceCarriesItsLastLetterWithTheFullStop() {
        Page page = layout(8, para("Donaudampfschiff."));
        assertEquals(List.of("Donaudam", "pfschif", "f."), lines(page));
    }

    @Test
    void aLineFullOfCjkCarriesACharacterWithTheClosingComma() {
        Page page = layout(10, para("一二三四五，六"));
        assertEquals(List.of("一二三四", "五，六"), lines(page));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        assertEquals(List.of("一二", "三，四", "五"), lines(layout(6, para("一二三，四五"))));
        assertEquals(List.of("一二", "三。」"), lines(layout(6, para("一二三。」"))));
        assertEquals(List.of("一二", "三."), lines(layout(6, para("一二三."))));
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertEquals(List.of("一二", "「三", "四」"), lines(layout(6, para("一二「三四」"))));
    }

    @Test
    void kinsokuHoldsOnRandomChineseText() {
        String[] pieces = {"中", "文", "排", "版", "，", "。", "、", "！", "？", "「", "」", "《", "》", "（", "）", "：", "；", "“", "”"};
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            String previous = "";
            for (int i = 0; i < 60; i++) {
                String p = pieces[random.nextInt(pieces.length)];
                boolean punct = !p.matches("[中文排版]");
                // Real text has no long runs of punctuation: a run wider than the line must be cut anyway.
                sb.append(punct && !previous.matches("[中文排版]") ? "中" : p);
                previous = sb.substring(sb.length() - 1);
            }
            int width = 6 + random.nextInt(30);
            List<String> lines = lines(layout(width, para(sb.toString())));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = "width " + width + ": " + lines;
                assertFalse(i > 0 && BreakRules.isClosing(line.codePointAt(0)), () -> "closing punctuation starts a line, " + where);
                assertFalse(i + 1 < lines.size() && BreakRules.isOpening(line.codePointBefore(line.length())),
                        () -> "opening punctuation ends a line, " + where);
            }
        }
    }

    @Test
    void aSoftBreakBetweenCjkCharactersJoinsThemWithoutASpace() {
        assertEquals(List.of("中文排版"), lines(layout(40, para(t("中文"), new Inline.SoftBreak(), t("排版")))));
        assertEquals(List.of("中文排版"), lines(layout(40, para("中文\n排版"))));
        assertEquals(List.of("hello world"), lines(layout(40, para(t("hello"), new Inline.SoftBreak(), t("world")))));
        assertEquals(List.of("中文 word"), lines(layout(40, para(t("中文"), new Inline.SoftBreak(), t("word")))));
        assertEquals(List.of("word 中文"), lines(layout(40, para("word\n中文"))));
    }

    @Test
    void aHardBreakEndsTheLine() {
        Page page = layout(40, para(t("first"), new Inline.HardBreak(), t("second")));
        assertEquals(List.of("first", "second"), lines(page));
        assertEquals(List.of(Line.Wrap.END, Line.Wrap.END), wraps(page));
    }

    @Test
    void aZeroWidthJoinerBeforeAHardBreakDoesNotSwallowTheBreak() {
        assertEquals(List.of("a\u200D", "b"), lines(layout(40, para(t("a\u200D"), new Inline.HardBreak(), t("b")))));
    }

    @Test
    void aWordLongerThanTheWidthStartsOnANewLineAndIsBrokenThere() {
        Page page = layout(6, para("ab supercalifragilistic"));
        assertEquals(List.of("ab", "superc", "alifra", "gilist", "ic"), lines(page));
        assertEquals(List.of(Line.Wrap.SPACE, Line.Wrap.DIRECT, Line.Wrap.DIRECT, Line.Wrap.DIRECT, Line.Wrap.END), wraps(page));
    }

    @Test
    void aLongWordIsBrokenBetweenGraphemeClustersOnly() {
        String coder = "👩\u200D💻";
        String accented = "e\u0301";
        for (String cluster : List.of(coder, accented, "🇫🇷", "👍🏽")) {
            String word = cluster.repeat(9);
            for (int width = 2; width <= 7; width++) {
                Page page = layout(width, para(word));
                StringBuilder joined = new StringBuilder();
                for (String line : lines(page)) {
                    assertTrue(Width.of(line) <= width);
                    assertEquals("", line.replace(cluster, ""), () -> "a cluster was split: " + line);
                    joined.append(line);
                }
                assertEquals(word, joined.toString());
            }
        }
    }

    @Test
    void nestedStylesCombineTheirMarks() {
        Page page = layout(40, para(styled(Inline.Decoration.EMPHASIS, t("a "),
                styled(Inline.Decoration.STRONG, t("b "), styled(Inline.Decoration.STRIKETHROUGH, t("c"))))));
        List<Span> spans = page.lines().get(0).spans();
        assertEquals(Span.EMPHASIS, spans.get(0).marks());
        assertEquals(Span.EMPHASIS | Span.STRONG, spans.get(1).marks());
        assertEquals(Span.EMPHASIS | Span.STRONG | Span.STRIKE, spans.get(2).marks());
        assertEquals("a b c", page.lines().get(0).text());
    }

    @Test
    void inlineCodeKbdAndScriptsStayReadable() {
        Page page = layout(60, para(t("run "), new Inline.Code("ls -l"), t(" press "),
                styled(Inline.Decoration.KBD, t("Ctrl")), t(" x"), styled(Inline.Decoration.SUPERSCRIPT, t("2")),
                t(" H"), styled(Inline.Decoration.SUBSCRIPT, t("2")), t("O"),
                t(" e"), styled(Inline.Decoration.SUPERSCRIPT, t("i pi"))));
        assertEquals("run ls -l press [Ctrl] x^2 H_2O e^(i pi)", page.lines().get(0).text());
        assertTrue(page.lines().get(0).spans().stream().anyMatch(s -> s.role() == Role.CODE && s.text().equals("ls -l")));
    }

    @Test
    void controlCharactersAndTabsNeverReachASpan() {
        Page page = layout(40, para("a\u001b[31mb\tc\u0007"));
        String text = page.lines().get(0).text();
        assertEquals("a\u241b[31mb c\u2407", text);
        assertEquals(Width.of(text), page.lines().get(0).width());
    }
}
