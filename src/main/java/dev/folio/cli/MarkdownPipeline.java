package dev.folio.cli;

import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.markdown.MarkdownParser;

/** Parses with {@link MarkdownParser} and lays out with {@link Layout}. Kept apart so {@code --help} never loads them. */
final class MarkdownPipeline implements Pipeline {
    @Override
    public Page render(String text, LayoutOptions options) {
        return Layout.of(new MarkdownParser().parse(text), options);
    }
}
