package dev.folio.cli;

import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;

/** Decoded Markdown text to a laid-out page. Tests may substitute a simpler one. */
@FunctionalInterface
public interface Pipeline {
    Page render(String text, LayoutOptions options);

    /**
     * Lays {@code text} out and hands the page over in parts, in reading order: each part holds
     * the lines after the previous one and every link region so far. By default one part, the
     * whole page; the real pipeline streams long documents.
     */
    default void renderParts(String text, LayoutOptions options, java.util.function.Consumer<Page> parts) {
        parts.accept(render(text, options));
    }

    /** The real one: flexmark parsing, then layout. The parser is only built when first used. */
    static Pipeline markdown() {
        return new MarkdownPipeline();
    }
}
