package dev.folio.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** What the conversion of one document shares: references, anchors, footnote numbers, title. */
final class ConversionContext {
    final Document document;
    final Slugger slugger = new Slugger();
    final FootnoteNumbers footnotes = new FootnoteNumbers();
    final EmojiText emoji;
    private final LineIndex lines;
    private String firstHeading;

    ConversionContext(Document document, EmojiText emoji) {
        this.document = document;
        this.emoji = emoji;
        this.lines = new LineIndex(document.getChars().getBaseSequence());
    }

    /** The 1-based source line where {@code node} starts. */
    int lineOf(Node node) {
        return lines.lineOf(node.getStartOffset());
    }

    /** Gives a heading its anchor and remembers the first heading's text for the title. */
    String anchorFor(String headingText) {
        if (firstHeading == null) {
            firstHeading = headingText.strip();
        }
        return slugger.slug(headingText);
    }

    String firstHeading() {
        return firstHeading == null ? "" : firstHeading;
    }
}
