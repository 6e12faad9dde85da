package dev.folio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A document laid out a part at a time gives the page Layout.of gives for the whole. */
class LayoutSessionTest {
    @Test
    void pagesAddedInPartsEqualTheWholePage() {
        Random cutter = new Random(8);
        for (long seed = 0; seed < 60; seed++) {
            Document doc = new DocGen(seed).document();
            for (LayoutOptions options : List.of(LayoutOptions.of(40),
                    new LayoutOptions(23, LayoutOptions.LinkNotes.AFTER_BLOCK))) {
                Page whole = Layout.of(doc, options);
                LayoutSession session = new LayoutSession(options);
                for (List<Block> part : randomParts(doc.blocks(), cutter)) {
                    session.add(part);
                }
                assertEquals(whole, session.page(doc.title()), "seed " + seed);
            }
        }
    }

    @Test
    void streamedLinesAreTheWholePagesLinesWithTheirLinks() {
        Random cutter = new Random(9);
        for (long seed = 100; seed < 140; seed++) {
            Document doc = new DocGen(seed).document();
            LayoutOptions options = new LayoutOptions(31, LayoutOptions.LinkNotes.AFTER_BLOCK);
            Page whole = Layout.of(doc, options);
            LayoutSession session = new LayoutSession(options);
            List<Line> streamed = new ArrayList<>();
            for (List<Block> part : randomParts(doc.blocks(), cutter)) {
                session.add(part);
                Page taken = session.takeLines();
                for (Line line : taken.lines()) {
                    for (Span span : line.spans()) {
                        if (span.isLink()) {
                            assertEquals(whole.links().get(span.link()).target(), taken.links().get(span.link()).target());
                        }
                    }
                }
                streamed.addAll(taken.lines());
            }
            assertEquals(whole.lines(), streamed, "seed " + seed);
            assertEquals(whole.size(), session.lineCount());
        }
    }

    private static List<List<Block>> randomParts(List<Block> blocks, Random random) {
        List<List<Block>> parts = new ArrayList<>();
        int from = 0;
        while (from < blocks.size()) {
            int to = Math.min(blocks.size(), from + random.nextInt(4));
            parts.add(blocks.subList(from, to)); // empty parts too
            from = to;
        }
        return parts;
    }
}
