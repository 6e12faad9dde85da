package dev.folio.print;

import static dev.folio.print.Pages.line;
import static dev.folio.print.Pages.link;
import static dev.folio.print.Pages.page;
import static dev.folio.print.Pages.print;
import static dev.folio.print.Pages.region;
import static dev.folio.print.Pages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Themes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PagePrinterTest {
    static final String HOSTILE = "a\u001b[31mred\u001b]0;title\u0007\u009b2J\u001b]52;c;cHduZWQ=\u001b\\\u0090q\u007f\r\bz";

    static PrintOptions options(ColorDepth depth, PrintOptions.Hyperlinks links) {
        return new PrintOptions(depth, links, Themes.builtIn("dark"), new LinkTargets(Path.of("/docs/a.md"), Path.of("/docs"),
                // /docs and its files exist, as plain files
                new dev.folio.open.LinkResolver(path -> dev.folio.open.FileProbe.FileFacts.PLAIN_FILE)));
    }

    static Page sample() {
        return page(List.of(
                line(new Span("# ", Role.HEADING_MARKER), new Span("标题 Title", Role.HEADING_1)),
                Line.blank(2),
                line(text("See "), link("the site", 0), text(" and "), link("b", 1), text(".   ")),
                line(new Span("│ ", Role.QUOTE_BAR), new Span("quoted ┌─┐", Role.TEXT, Span.EMPHASIS, Span.NO_LINK)),
                line(text("    "))),
                List.of(region(0, "https://example.com/x"), region(1, "b.md#intro")));
    }

    @Test
    void withoutColourTheOutputIsTheTextAlone() {
        String out = print(sample(), options(ColorDepth.NONE, PrintOptions.Hyperlinks.OFF));
        assertEquals("# 标题 Title\n\nSee the site and b.\n│ quoted ┌─┐\n\n", out);
    }

    @ParameterizedTest
    @EnumSource(ColorDepth.class)
    void colourAddsOnlySequencesAroundTheSameText(ColorDepth depth) {
        String plain = print(sample(), options(ColorDepth.NONE, PrintOptions.Hyperlinks.OFF));
        String coloured = print(sample(), options(depth, PrintOptions.Hyperlinks.ON));
        assertEquals(plain, Pages.strip(coloured));
        assertEquals(-1, Pages.firstForeignControl(coloured));
    }

    @Test
    void boxDrawingSurvivesColour() {
        String out = print(sample(), options(ColorDepth.PALETTE_256, PrintOptions.Hyperlinks.OFF));
        assertTrue(out.contains("quoted ┌─┐"), out);
        assertTrue(out.contains("│"), out);
    }

    @Test
    void hostileSpanTextNeverReachesTheOutputRawWithoutColour() {
        Page page = page(List.of(line(text(HOSTILE), link(HOSTILE, 0))), List.of(region(0, "https://x.example/" + HOSTILE)));
        String out = print(page, options(ColorDepth.NONE, PrintOptions.Hyperlinks.OFF));
        for (char c : out.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n', "control U+" + Integer.toHexString(c));
            assertFalse(c >= 0x7F && c <= 0x9F, "C1/DEL U+" + Integer.toHexString(c));
        }
        assertTrue(out.contains("red"));
    }

    @ParameterizedTest
    @EnumSource(value = ColorDepth.class, names = {"BASIC_16", "PALETTE_256", "TRUE_COLOR"})
    void hostileSpanTextAndTargetsLeaveOnlyFolioSequencesWithColour(ColorDepth depth) {
        Page page = page(List.of(line(text(HOSTILE), link(HOSTILE, 0), link("rel", 1))),
                List.of(region(0, "https://x.example/" + HOSTILE), region(1, HOSTILE + ".md")));
        String out = print(page, options(depth, PrintOptions.Hyperlinks.ON));
        assertEquals(-1, Pages.firstForeignControl(out), out.replace('\u001b', '^'));
        assertTrue(out.contains("\u001b]8;"), "links are hyperlinked");
    }

    @Test
    void hyperlinkTargetsArePercentEncoded() {
        Page page = page(List.of(line(link("x", 0))), List.of(region(0, "https://a.example/p\u001b\u0007\u009c q=中")));
        String out = print(page, options(ColorDepth.NONE, PrintOptions.Hyperlinks.ON));
        assertEquals("\u001b]8;id=folio-0;https://a.example/p%1B%07%C2%9C%20q=%E4%B8%AD\u001b\\x\u001b]8;;\u001b\\\n", out);
    }

    @Test
    void relativeTargetsBecomeFileUrisAgainstTheDocumentDirectory() {
        Page page = page(List.of(line(link("b", 0), link("top", 1), link("img", 2))),
                List.of(region(0, "b.md#intro"), region(1, "#top"), region(2, "img/架构 图.png")));
        String out = print(page, options(ColorDepth.NONE, PrintOptions.Hyperlinks.ON));
        assertTrue(out.contains(";file:///docs/b.md#intro\u001b\\b"), out);
        assertTrue(out.contains(";file:///docs/a.md#top\u001b\\top"), out);
        assertTrue(out.contains(";file:///docs/img/%E6%9E%B6%E6%9E%84%20%E5%9B%BE.png\u001b\\img"), out);
    }

    @Test
    void unsafeSchemesAreNotHyperlinked() {
        Page page = page(List.of(line(link("js", 0), link("data", 1))),
                List.of(region(0, "javascript:alert(1)"), region(1, "data:text/html,<b>")));
        String out = print(page, options(ColorDepth.NONE, PrintOptions.Hyperlinks.ON));
        assertEquals("jsdata\n", out);
    }

    @Test
    void aLinkWrappedOverTwoLinesIsOneHyperlinkIdOnEach() {
        Page page = page(List.of(line(text("a "), link("long", 0)), line(link("link", 0), text(" b"))),
                List.of(region(0, "https://example.com/")));
        String out = print(page, options(ColorDepth.NONE, PrintOptions.Hyperlinks.ON));
        assertEquals("a \u001b]8;id=folio-0;https://example.com/\u001b\\long\u001b]8;;\u001b\\\n"
                + "\u001b]8;id=folio-0;https://example.com/\u001b\\link\u001b]8;;\u001b\\ b\n", out);
    }

    @Test
    void colourDepthDecidesTheColourSequences() {
        Page page = page(List.of(line(new Span("H", Role.HEADING_2))), List.of());
        assertTrue(print(page, options(ColorDepth.TRUE_COLOR, PrintOptions.Hyperlinks.OFF)).contains("38;2;"));
        assertTrue(print(page, options(ColorDepth.PALETTE_256, PrintOptions.Hyperlinks.OFF)).contains("38;5;"));
        String basic = print(page, options(ColorDepth.BASIC_16, PrintOptions.Hyperlinks.OFF));
        assertFalse(basic.contains("38;"), basic.replace('\u001b', '^'));
        assertTrue(basic.matches("(?s)\u001b\\[[0-9;]*(3[0-7]|9[0-7])[0-9;]*mH\u001b\\[0m\n"), basic.replace('\u001b', '^'));
    }

    @Test
    void trailingSpacesAreTrimmedEvenWhenStyled() {
        Page page = page(List.of(line(new Span("code  ", Role.CODE_BLOCK), new Span("   ", Role.CODE_BLOCK))), List.of());
        String out = print(page, options(ColorDepth.PALETTE_256, PrintOptions.Hyperlinks.OFF));
        assertTrue(Pages.strip(out).equals("code\n"), out.replace('\u001b', '^'));
    }

    @Test
    void plainThemeWritesNoColourSequences() {
        PrintOptions plain = new PrintOptions(ColorDepth.TRUE_COLOR, PrintOptions.Hyperlinks.OFF, Themes.builtIn("plain"), new LinkTargets(null, null));
        String out = print(sample(), plain);
        assertFalse(out.contains("38;"), out);
        assertTrue(out.contains("\u001b[1;4m") || out.contains("\u001b[4;1m"), out.replace('\u001b', '^'));
    }
}
