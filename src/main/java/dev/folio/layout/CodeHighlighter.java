package dev.folio.layout;

import java.util.List;

/**
 * Finds the tokens of code in a language (keywords, strings, comments …) so the layout can give
 * them their roles. The layout stays free of any tokenizer library: it only sees this interface,
 * and an implementation is handed in through {@link LayoutOptions}.
 */
@FunctionalInterface
public interface CodeHighlighter {
    /** No highlighting: every code line keeps {@link Role#CODE_BLOCK}. */
    CodeHighlighter NONE = (language, lines) -> List.of();

    /**
     * The runs of the lines of one code block; characters no run covers stay plain code.
     * Must not throw, and returns no runs for a language it does not know.
     *
     * @param language the first word of the code block's info string, as written (may be empty)
     * @param lines    the block's lines as they will be shown (tabs expanded, controls made visible)
     */
    List<TokenRun> highlight(String language, List<String> lines);
}
