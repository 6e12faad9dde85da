package dev.folio.markdown;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * The document shown when the Markdown parser gives up (its recursion overflowed on some
 * pathological input): the source as plain paragraphs, split at blank lines. Linear, no recursion.
 */
final class PlainFallback {
    private PlainFallback() {}

    static Document of(String source) {
        return of(source, 0);
    }

    /** The same for a part of a longer source that starts after {@code linesBefore} lines. */
    static Document of(String source, int linesBefore) {
        List<Block> blocks = new ArrayList<>();
        List<Inline> paragraph = new ArrayList<>();
        int paragraphLine = 0;
        int lineNumber = linesBefore;
        for (String line : source.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    blocks.add(new Block.Paragraph(paragraph, paragraphLine));
                    paragraph = new ArrayList<>();
                }
                continue;
            }
            if (paragraph.isEmpty()) {
                paragraphLine = lineNumber;
            } else {
                paragraph.add(new Inline.SoftBreak());
            }
            paragraph.add(new Inline.Text(line.strip()));
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new Block.Paragraph(paragraph, paragraphLine));
        }
        return new Document(blocks, "");
    }
}
