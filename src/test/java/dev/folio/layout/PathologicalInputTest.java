package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile shapes: deep nesting must not overflow the stack, huge lines must lay out in about
 * linear time. Timeouts are generous: they catch hangs and quadratic blow-ups, not speed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    @Test
    void fiveThousandNestedQuotes() {
        Block b = para("bottom of the well");
        for (int i = 0; i < 5_000; i++) {
            b = quote(b, para("level " + (5_000 - i)));
        }
        for (int width : new int[] {1, 10, 40, 80, 200}) {
            Page page = layout(width, b);
            PageInvariants.assertLinesFit(page, width, "width " + width);
            String text = PageInvariants.joinedContent(page);
            assertTrue(text.contains("bottom of the well"), "the deepest text is shown");
            assertTrue(text.contains("level 4999"));
        }
    }

    @Test
    void threeThousandNestedLists() {
        Block.ListBlock list = bullets(item(para("deepest item")));
        for (int i = 0; i < 3_000; i++) {
            list = bullets(item(para("item " + (3_000 - i)), list));
        }
        for (int width : new int[] {1, 10, 40, 80, 200}) {
            Page page = layout(width, list);
            PageInvariants.assertLinesFit(page, width, "width " + width);
            assertTrue(PageInvariants.joinedContent(page).contains("deepest item"));
        }
    }

    @Test
    void deeplyNestedInlineStyles() {
        Inline in = t("core");
        for (int i = 0; i < 100_000; i++) {
            in = new Inline.Styled(i % 2 == 0 ? Inline.Decoration.EMPHASIS : Inline.Decoration.STRONG, List.of(in, t(" x")));
        }
        Inline link = new Inline.Link("https://example.com", "", List.of(in));
        Page page = layout(80, para(link));
        assertTrue(PageInvariants.joinedContent(page).startsWith("core x x"));
        assertEquals(1, page.links().size());
    }

    @Test
    void twoMegabyteLineWithoutSpaces() {
        String line = "abcdefghij".repeat(200_000);
        Page page = layout(80, para(line));
        assertEquals(25_000, page.size());
        assertEquals(line, PageInvariants.joinedContent(page).strip());
    }

    @Test
    void fiveMegabyteLineOfChinese() {
        String line = "中文排版需要在任意两个汉字之间换行，".repeat(5_000_000 / 54);
        for (int width : new int[] {1, 80}) {
            Page page = layout(width, para(line));
            PageInvariants.assertLinesFit(page, width, "width " + width);
            if (width > 1) {
                assertEquals(line, PageInvariants.joinedContent(page).strip());
            }
        }
    }

    @Test
    void twoMegabyteCodeLine() {
        String line = "x=1;".repeat(500_000);
        Page page = layout(80, code("", line));
        StringBuilder joined = new StringBuilder();
        for (Line l : page.lines()) {
            joined.append(l.content());
        }
        assertEquals(line, joined.toString());
    }

    @Test
    void manyTinyInlinesAndBrackets() {
        List<Inline> content = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            content.add(t("*a "));
        }
        content.add(t("[".repeat(100_000)));
        content.add(new Inline.Code("`".repeat(50_000)));
        Page page = layout(60, new Block.Paragraph(content, 1));
        PageInvariants.assertLinesFit(page, 60, "");
    }

    @Test
    void emptyDocumentIsAnEmptyPage() {
        Page page = Layout.of(Document.empty(), LayoutOptions.of(80));
        assertEquals(0, page.size());
        assertEquals(0, layout(80, para(""), para(" ")).size());
    }
}
