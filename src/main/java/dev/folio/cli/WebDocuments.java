package dev.folio.cli;

import dev.folio.tui.WebDocumentLoader;
import dev.folio.web.WebException;
import dev.folio.web.WebLoader;
import dev.folio.web.WebPage;
import dev.folio.web.WebSession;
import java.io.IOException;
import java.net.URI;

/** The viewer's web documents, fetched through this run's {@link WebSession} (client, cache, limits). */
final class WebDocuments implements WebDocumentLoader {
    private final WebSession session;
    private final FetchedImages images;

    WebDocuments(WebSession session) {
        this(session, null);
    }

    /** @param images where the pages' remote images are fetched to before they are shown, or null for none */
    WebDocuments(WebSession session, FetchedImages images) {
        this.session = session;
        this.images = images;
    }

    @Override
    public Page load(URI url, boolean reload, Progress progress) throws IOException, InterruptedException {
        try {
            WebPage page = session.open(url, reload ? WebLoader.Mode.RELOAD : WebLoader.Mode.NORMAL, progress::update);
            if (images != null) {
                images.fetchAll(page.document());
            }
            return new Page(page.url(), page.document(), page.note());
        } catch (WebException e) {
            throw new IOException(e.why() + ": " + e.what(), e);
        }
    }
}
