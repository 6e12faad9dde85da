package dev.folio.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** What the conversion of one document shares: references, anchors, footnote numbers, title. */
final class ConversionContext {
    final Document document;
    final Slugger slugger;
    final FootnoteNumbers footnotes = new FootnoteNumbers();
    final EmojiText emoji;
    final ReferenceTargets references;
    private final LineIndex lines;
    /** Lines of the source before this document (a part of a longer one, see {@link DocumentParts}). */
    private final int linesBefore;
    private String firstHeading;

    ConversionContext(Document document, EmojiText emoji) {
        this(document, emoji, new Slugger(), 0);
    }

    /** For one part of a longer source: anchors stay unique across the parts, lines count from its start. */
    ConversionContext(Document document, EmojiText emoji, Slugger slugger, int linesBefore) {
        this.document = document;
        this.emoji = emoji;
        this.slugger = slugger;
        this.linesBefore = linesBefore;
        this.lines = new LineIndex(document.getChars().getBaseSequence());
        this.references = new ReferenceTargets(document.getChars().length());
    }

    /** The 1-based source line where {@code node} starts. */
    int lineOf(Node node) {
        return linesBefore + lines.lineOf(node.getStartOffset());
    }

    /** Gives a heading its anchor and remembers the first heading's text for the title. */
    String anchorFor(String headingText) {
        if (firstHeading == null) {
            firstHeading = headingText.strip();
        }
        return slugger.slug(headingText);
    }

    /** Whether a heading has been converted (even an empty one: the first heading makes the title). */
    boolean hasHeading() {
        return firstHeading != null;
    }

    String firstHeading() {
        return firstHeading == null ? "" : firstHeading;
    }
}
