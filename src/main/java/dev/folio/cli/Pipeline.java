package dev.folio.cli;

import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;

/** Decoded Markdown text to a laid-out page. Tests may substitute a simpler one. */
@FunctionalInterface
public interface Pipeline {
    Page render(String text, LayoutOptions options);

    /** The real one: flexmark parsing, then layout. The parser is only built when first used. */
    static Pipeline markdown() {
        return new MarkdownPipeline();
    }
}
