package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Quotes, lists and fences parse as before, and nesting stops growing at a bound. */
class NestingGuardIT {
    private final MarkdownParser parser = new MarkdownParser();

    private static int quoteDepth(List<Block> blocks) {
        int depth = 0;
        while (blocks.size() == 1 && blocks.get(0) instanceof Block.Quote q) {
            depth++;
            blocks = q.children();
        }
        return depth;
    }

    @Test
    void ordinaryQuotesListsAndFencesAreUnchanged() {
        List<Block> blocks = parser.parse("> > two\n\n- a\n  - b\n\n> ```\n> code\n> ```\n").blocks();
        assertEquals(2, quoteDepth(List.of(blocks.get(0))));
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, blocks.get(1));
        assertInstanceOf(Block.ListBlock.class, list.items().get(0).children().get(1));
        Block.Quote quote = assertInstanceOf(Block.Quote.class, blocks.get(2));
        assertEquals("code", assertInstanceOf(Block.CodeBlock.class, quote.children().get(0)).text().strip());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void fortyThousandLevelsOnOneLineParseQuicklyAndKeepTheirText() {
        // 40,000 levels on one line took over a minute in flexmark.
        for (String marker : new String[] {"> ", "1) ", "- [ ] ", "> - "}) {
            Document doc = parser.parse(marker.repeat(40_000) + "bottom\n");
            String text = Layout.of(doc, LayoutOptions.of(80)).lines().stream()
                    .map(dev.folio.layout.Line::content).reduce("", String::concat);
            assertTrue(text.contains("bottom"), marker);
        }
    }
}
