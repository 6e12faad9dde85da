package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.theme.ColorDepth;
import dev.folio.print.LinkTargets;
import dev.folio.print.PagePrinter;
import dev.folio.print.PrintOptions;
import dev.folio.theme.Themes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A long document printed a part at a time reads exactly like the whole page printed at once. */
class StreamedPrintIT {
    @Test
    void partsPrintLikeTheWholePage() {
        String text = longDocument();
        MarkdownPipeline pipeline = new MarkdownPipeline();
        for (LayoutOptions layout : List.of(new LayoutOptions(80, LayoutOptions.LinkNotes.AFTER_BLOCK), LayoutOptions.of(47))) {
            PrintOptions options = new PrintOptions(ColorDepth.PALETTE_256, PrintOptions.Hyperlinks.ON, Themes.builtIn("dark"),
                    new LinkTargets(null, null));
            StringBuilder whole = new StringBuilder();
            new PagePrinter(options).print(pipeline.render(text, layout), whole);
            StringBuilder streamed = new StringBuilder();
            List<Page> parts = new ArrayList<>();
            pipeline.renderParts(text, layout, part -> {
                parts.add(part);
                new PagePrinter(options).print(part, streamed);
            });
            assertTrue(parts.size() > 3, "parts: " + parts.size());
            assertEquals(whole.toString(), streamed.toString());
        }
    }

    private static String longDocument() {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        for (int section = 1; text.length() < 700_000; section++) {
            text.append("# Section ").append(section % 50).append("\n\n");
            for (int p = random.nextInt(6); p >= 0; p--) {
                text.append("终端阅读 [link ").append(p).append("](https://example.com/").append(random.nextInt(99))
                        .append(") www.example.org text *em* and `code`. ".repeat(1 + random.nextInt(8))).append("\n\n");
            }
            if (random.nextInt(4) == 0) {
                text.append("```\n# not a heading\n\ncode\n```\n\n- a\n  - b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n");
            }
        }
        return text.toString();
    }
}
