package dev.folio.markdown;

import dev.folio.doc.Document;

/** Parses Markdown text into folio's document model. The only package that imports flexmark. */
public final class MarkdownParser {
    /** Parses decoded text (any line endings). Never throws on any input. */
    public Document parse(String text) {
        throw new UnsupportedOperationException("not yet written");
    }
}
