package dev.folio.cli;

import dev.folio.doc.Block;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.LayoutSession;
import dev.folio.layout.Page;
import dev.folio.markdown.DocumentParts;
import dev.folio.markdown.MarkdownParser;
import dev.folio.markdown.PartsAhead;
import java.util.List;
import java.util.function.Consumer;

/** Parses with {@link MarkdownParser} and lays out with {@link Layout}. Kept apart so {@code --help} never loads them. */
final class MarkdownPipeline implements Pipeline {
    @Override
    public Page render(String text, LayoutOptions options) {
        return Layout.of(new MarkdownParser().parse(text), options);
    }

    /**
     * A long document is parsed a part at a time, a part or two ahead on another thread, while
     * this one lays out and hands over the lines of the part before: the two overlap, and only a
     * few parts are ever held (a 10 MB document no longer sits in memory as one tree and one page).
     */
    @Override
    public void renderParts(String text, LayoutOptions options, Consumer<Page> parts) {
        DocumentParts source = new MarkdownParser().parts(text);
        if (!source.isSplit()) {
            Pipeline.super.renderParts(text, options, parts);
            return;
        }
        LayoutSession session = new LayoutSession(options);
        try (PartsAhead ahead = PartsAhead.of(source)) {
            for (List<Block> blocks = ahead.next(); blocks != null; blocks = ahead.next()) {
                session.add(blocks);
                parts.accept(session.takeLines());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
