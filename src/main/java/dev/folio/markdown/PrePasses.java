package dev.folio.markdown;

/**
 * Rewrites of the normalised source before flexmark sees it, for syntax flexmark has no
 * extension for. Each keeps every line where it was (block lines map back to the source) and is
 * one linear pass.
 */
final class PrePasses {
    private PrePasses() {}

    static String apply(String normalised) {
        return DeepIndentation.cap(ContainerBlocks.rewrite(TermlessDefinitions.rewrite(normalised)));
    }
}
