package dev.folio.testing;

import dev.folio.doc.Document;
import dev.folio.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents for tests of packages that must not know Markdown (the runtime): the fixture parses,
 * so {@code tui} itself never imports {@code markdown}.
 */
public final class Markdown {
    private Markdown() {}

    public static Document parse(String markdown) {
        return new MarkdownParser().parse(markdown);
    }

    /** A strict UTF-8 Markdown file. */
    public static Document read(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }
}
