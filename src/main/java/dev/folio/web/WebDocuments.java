package dev.folio.web;

import dev.folio.doc.Document;
import dev.folio.html.Reader;
import dev.folio.markdown.MarkdownParser;

/**
 * A fetched text into folio's document: Markdown is parsed as any document, HTML becomes its
 * reader view; either way every link and image is absolute ({@link AbsoluteLinks}).
 */
public final class WebDocuments {
    private WebDocuments() {}

    public static Document of(Fetched fetched) {
        return switch (fetched.kind()) {
            case MARKDOWN -> AbsoluteLinks.of(new MarkdownParser().parse(fetched.text()), fetched.url());
            case HTML -> AbsoluteLinks.of(Reader.read(fetched.text(), WebAddress.withoutFragment(fetched.url())).document(), fetched.url());
        };
    }
}
