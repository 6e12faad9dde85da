package dev.folio.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** What the conversion of one document shares: references, anchors, footnote numbers, title. */
final class ConversionContext {
    final Document document;
    final Slugger slugger;
    final FootnoteNumbers footnotes = new FootnoteNumbers();
    final EmojiText emoji;
    private final LineIndex lines;
    /** Lines of the source before this document (a part of a longer one, see {@link DocumentParts}). */
    private final int linesBefore;
    private String firstHeading;
    /** For Markdown parsed on its own inside this document (HTML table cells, repaired footnotes); null: none. */
    private com.vladsch.flexmark.parser.Parser parser;
    private int nesting;
    private FootnoteRepair repairs;
    /** Markdown inside Markdown nests at most this deep (a cell holding a table holding a cell …). */
    static final int MAX_NESTING = 4;

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
    }

    /** Lets this conversion parse nested Markdown with {@code parser} (the one that parsed the document). */
    ConversionContext parsingWith(com.vladsch.flexmark.parser.Parser parser) {
        this.parser = parser;
        return this;
    }

    /**
     * The blocks of {@code markdown} parsed as a document of its own, its anchors unique with this
     * one's, its lines counted from {@code line}; null when there is no parser or nesting is too deep.
     */
    java.util.List<dev.folio.doc.Block> parseNested(String markdown, int line) {
        if (parser == null || nesting >= MAX_NESTING) {
            return null;
        }
        Document ast = parser.parse(PrePasses.apply(markdown));
        ConversionContext nested = new ConversionContext(ast, emoji, slugger, Math.max(0, line - 1));
        nested.parser = parser;
        nested.nesting = nesting + 1;
        nested.firstHeading = "";
        return new DocumentConverter(nested).convert().blocks();
    }

    /** Footnote definitions flexmark mislabelled (see {@link FootnoteRepair}), found on first use. */
    FootnoteRepair footnoteRepairs() {
        if (repairs == null) {
            repairs = new FootnoteRepair(document);
        }
        return repairs;
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
