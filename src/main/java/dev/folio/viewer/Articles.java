package dev.folio.viewer;

import dev.folio.library.ReadingOrder;
import dev.folio.library.SiteLinks;
import dev.folio.open.Target;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading a collection in order: the next and previous article and the collection's index, the
 * position in the status line ({@code article 214/12915}), local copies of web originals, and
 * site-relative links resolved against the document's web address.
 */
final class Articles {
    private Articles() {}

    /** A document's collection was found; kept when it is still the document shown. */
    static ViewerState found(ViewerState s, Msg.CollectionFound msg) {
        if (s.source() == null || !msg.document().equals(s.source().path())) {
            return s;
        }
        return s.withShelf(s.shelf().withCollection(msg.document(), msg.order(), msg.originals(), msg.sourceUrl()));
    }

    static Optional<ReadingOrder> order(ViewerState s) {
        return s.source() == null ? Optional.empty() : s.shelf().orderOf(s.source().path());
    }

    /** {@code article 214/12915} for the status line, or empty. */
    static String label(ViewerState s) {
        return order(s).flatMap(ReadingOrder::label).orElse("");
    }

    static Step next(ViewerState s, int direction) {
        if (s.source() == null || s.source().path() == null) {
            return Step.of(s.withStatus(Status.info("not part of a collection")));
        }
        Optional<ReadingOrder> order = order(s);
        if (order.isEmpty()) {
            return Step.of(s.withStatus(Status.info("finding the collection's order…")),
                    new Effect.FindCollection(s.source().path(), false));
        }
        Optional<Path> to = direction > 0 ? order.get().next() : order.get().previous();
        if (to.isEmpty()) {
            return Step.of(s.withStatus(direction > 0 ? Status.info("this is the last article") : Status.info("this is the first article")));
        }
        return Step.of(s.withStatus(Status.info("loading " + Following.shown(to.get().getFileName().toString()) + "…")),
                new Effect.Load(to.get(), "", Effect.Load.Reason.FOLLOW));
    }

    static Step index(ViewerState s) {
        if (s.source() == null || s.source().path() == null) {
            return Step.of(s.withStatus(Status.info("not part of a collection")));
        }
        Optional<ReadingOrder> order = order(s);
        if (order.isEmpty()) {
            return Step.of(s.withStatus(Status.info("finding the collection's index…")),
                    new Effect.FindCollection(s.source().path(), false));
        }
        if (order.get().index().isEmpty()) {
            // No index: the folder's own listing is the next best thing.
            return LibraryKeys.openFromDocument(s.withStatus(Status.info("no index here: the folder instead")),
                    java.util.List.of());
        }
        Path index = order.get().index().get();
        if (index.equals(s.source().path())) {
            return Step.of(s.withStatus(Status.info("this is the collection's index")));
        }
        return Step.of(s.withStatus(Status.info("loading the index…")), new Effect.Load(index, "", Effect.Load.Reason.FOLLOW));
    }

    /**
     * A link to follow in folio, when the collection has something to say about it: a web page
     * whose local copy the collection holds, or a site-relative link of a document copied from
     * the web. Empty: follow it as usual.
     */
    static Optional<Step> follow(ViewerState s, String href, Following.Intent intent) {
        String web = href;
        if (SiteLinks.isSiteRelative(href) && s.shelf().sourceUrl() != null) {
            Target local = s.env().links().resolve(s.source(), href);
            if (!(local instanceof Target.Unresolvable)) {
                return Optional.empty(); // the file exists on this machine: follow it
            }
            SiteLinks.Resolution r = SiteLinks.resolve(href, s.shelf().sourceUrl());
            if (!r.resolved()) {
                return Optional.of(Step.of(s.withStatus(Status.error(r.reason()))));
            }
            web = r.url();
        }
        if (intent == Following.Intent.VIEW && isWeb(web)) {
            Optional<Path> copy = s.shelf().originals().localCopyOf(web);
            if (copy.isPresent() && (s.source() == null || !copy.get().equals(s.source().path()))) {
                return Optional.of(Step.of(s.withStatus(Status.info("loading the local copy…")),
                        new Effect.Load(copy.get(), "", Effect.Load.Reason.LOCAL_ORIGINAL)));
            }
        }
        if (!web.equals(href)) {
            return Optional.of(Following.followHref(s, web, intent));
        }
        return Optional.empty();
    }

    /** The status after a local copy of a web page was opened. */
    static Status localCopyStatus(ViewerState s) {
        String external = s.env().keys().firstKey(Action.OPEN_EXTERNALLY);
        if (external.isEmpty()) {
            return Status.info("the local copy of the web page");
        }
        return Status.info("local copy (" + external + ": the web page)");
    }

    private static boolean isWeb(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://");
    }
}
