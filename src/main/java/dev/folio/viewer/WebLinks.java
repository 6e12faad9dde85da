package dev.folio.viewer;

import dev.folio.open.Target;
import dev.folio.open.TargetKind;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Web links read in folio: which ones (Markdown always; HTML pages when the config says
 * {@code pages = "folio"} or the reader asks with {@code w}), the progress of a fetch in the
 * status line, and Esc cancelling it.
 */
final class WebLinks {
    /** What the status line starts with while a fetch is under way (Esc cancels only then). */
    static final String FETCHING = "fetching ";

    private WebLinks() {}

    /** The address to fetch and read in folio, or empty when the target goes to an external program. */
    static Optional<URI> toRead(Target.External external, Following.Intent intent, Collaborators.WebPages pages) {
        if (external.kind() != TargetKind.WEB || intent == Following.Intent.EXTERNAL) {
            return Optional.empty();
        }
        URI url;
        try {
            url = new URI(external.target());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            return Optional.empty();
        }
        if (intent == Following.Intent.READ || pages == Collaborators.WebPages.FOLIO || isMarkdown(url)) {
            return Optional.of(url);
        }
        return Optional.empty();
    }

    /** Whether {@code external} is a place in the web document being read ({@code its-url#section}). */
    static boolean inThisPage(dev.folio.doc.Source current, Target.External external) {
        if (current == null || !current.isWeb()) {
            return false;
        }
        try {
            return withoutFragment(new URI(external.target())).equals(current.url());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** {@code .md} and {@code .markdown} addresses are Markdown documents, read in folio by default. */
    static boolean isMarkdown(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".md") || path.endsWith(".markdown");
    }

    static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String s = url.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    /** {@code fetching example.org/a.md… 12 KiB of 40 KiB (30%) · Esc cancels}. */
    static ViewerState progress(ViewerState s, Msg.Fetching f) {
        if (s.status().kind() != Status.Kind.PROGRESS || !s.status().text().startsWith(FETCHING)) {
            return s; // the fetch ended (or was cancelled) before this news of it arrived
        }
        String where = f.url().getHost() + (f.url().getRawPath() == null ? "" : f.url().getRawPath());
        String amount = size(f.received()) + (f.total() > 0 ? " of " + size(f.total()) + " (" + Math.min(100, f.received() * 100 / f.total()) + "%)" : "");
        return s.withStatus(Status.progress(FETCHING + Following.shown(where) + "… " + amount + " · Esc cancels"));
    }

    static Status started(URI url) {
        return Status.progress(FETCHING + Following.shown(url.toString()) + "…");
    }

    /** Esc: cancels a fetch under way, else closes the search as before and cancels a load under way, if any. */
    static Step close(ViewerState s) {
        if (s.status().kind() == Status.Kind.PROGRESS && s.status().text().startsWith(FETCHING)) {
            return Step.of(s.withStatus(Status.info("cancelling…")), new Effect.CancelFetch());
        }
        if (s.status().kind() == Status.Kind.PROGRESS && s.status().text().startsWith("loading ")) {
            return Step.of(s.withStatus(Status.info("cancelling…")), new Effect.CancelLoad());
        }
        if (SearchKeys.running(s.search())) { // a long search stops; n goes on with it
            return new Step(s.withSearch(s.search().hidden()).withStatus(Status.NONE),
                    java.util.List.of(new Effect.CancelLoad(), new Effect.StopScan(SearchKeys.SLOT)));
        }
        return Step.of(s.withSearch(s.search().hidden()), new Effect.CancelLoad()); // n and N still know the query
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
