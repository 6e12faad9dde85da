package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;
import dev.folio.layout.HeadingAnchor;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.Page;
import dev.folio.open.Target;
import dev.folio.text.Sanitizer;
import java.util.Locale;

/** Following links (resolve, then jump, load or open) and moving back and forth in history. */
final class Following {
    private Following() {}

    /**
     * How to follow: in folio where possible (web pages as the config says), always in an external
     * program, or in folio even for an HTML web page ({@code w}).
     */
    enum Intent { VIEW, EXTERNAL, READ }

    static Step followFocused(ViewerState s, Intent intent) {
        if (!s.hasFocus()) {
            return Step.of(s.withStatus(Status.info("no link selected (Tab selects one)")));
        }
        return follow(s, s.focus(), intent);
    }

    static Step follow(ViewerState s, int linkId, Intent intent) {
        LinkRegion link = s.page().links().get(linkId);
        return followHref(s.withFocus(linkId), link.target(), intent);
    }

    static Step followHref(ViewerState s, String href, Intent intent) {
        java.util.Optional<Step> collection = Articles.follow(s, href, intent);
        if (collection.isPresent()) {
            return collection.get();
        }
        Target target = intent == Intent.EXTERNAL
                ? s.env().links().resolveExternal(s.source(), href)
                : s.env().links().resolve(s.source(), href);
        if (target instanceof Target.Anchor) {
            if (intent == Intent.EXTERNAL) {
                return Step.of(s.withStatus(Status.info("a place in this document: " + shown(href))));
            }
            String id = ((Target.Anchor) target).id();
            ViewerState returned = id.startsWith("fnref-") ? returnFromNote(s, id) : null;
            return Step.of(returned != null ? returned : jumpToAnchor(s, id));
        }
        if (target instanceof Target.Document) {
            return document(s, (Target.Document) target);
        }
        if (target instanceof Target.External external) {
            java.util.Optional<java.net.URI> web = WebLinks.toRead(external, intent,
                    WebLinks.inThisPage(s.source(), external) ? Collaborators.WebPages.FOLIO : s.env().webPages());
            if (web.isPresent()) {
                return fetch(s, web.get());
            }
            if (intent == Intent.READ) {
                return Step.of(s.withStatus(Status.info("not a web page folio reads: " + shown(external.target()))));
            }
            return open(s, external);
        }
        if (target instanceof Target.NeedsConfirm) {
            return Step.of(s.withPending((Target.NeedsConfirm) target).withMode(Mode.CONFIRM_OPEN).withSelection(0));
        }
        if (target instanceof Target.Refused) {
            Target.Refused refused = (Target.Refused) target;
            return Step.of(s.withStatus(Status.error("refused " + shown(refused.target()) + ": " + refused.reason())));
        }
        if (target instanceof Target.Folder folder) {
            // A link to a folder: its README or index, else its library view.
            return Step.of(s.withStatus(Status.info("opening the folder…")), new Effect.OpenFolder(folder.path()));
        }
        return Step.of(s.withStatus(Status.error(((Target.Unresolvable) target).reason())));
    }

    static Step open(ViewerState s, Target.External external) {
        return Step.of(s.withStatus(Status.info("opening " + shown(external.target()) + "…")),
                new Effect.OpenExternal(external.target(), external.kind()));
    }

    /** A web document to read in folio: a jump when it is this very page, else a fetch. */
    private static Step fetch(ViewerState s, java.net.URI url) {
        Source current = s.source();
        String anchor = url.getFragment() == null ? "" : url.getFragment();
        if (current != null && current.isWeb() && WebLinks.withoutFragment(url).equals(current.url())) {
            return Step.of(jumpToAnchor(s, anchor));
        }
        return Step.of(s.withStatus(WebLinks.started(url)), new Effect.Fetch(url, anchor, Effect.Load.Reason.FOLLOW));
    }

    private static Step document(ViewerState s, Target.Document target) {
        Source current = s.source();
        if (current != null && target.path().equals(current.path())) {
            return Step.of(jumpToAnchor(s, target.anchor()));
        }
        return Step.of(s.withStatus(loadingStatus(target.path().toString())),
                new Effect.Load(target.path(), target.anchor(), Effect.Load.Reason.FOLLOW));
    }

    /** Copies the focused link's address: resolved where possible, else as written. */
    static Step copyFocused(ViewerState s) {
        if (!s.hasFocus()) {
            return Step.of(s.withStatus(Status.info("no link selected (Tab selects one)")));
        }
        String href = s.page().links().get(s.focus()).target();
        Target target = s.env().links().resolve(s.source(), href);
        String text = href;
        if (target instanceof Target.External) {
            text = ((Target.External) target).target();
        } else if (target instanceof Target.Document) {
            Target.Document d = (Target.Document) target;
            text = d.path() + (d.anchor().isEmpty() ? "" : "#" + d.anchor());
        } else if (target instanceof Target.Folder folder) {
            text = folder.path().toString();
        }
        return Step.of(s.withStatus(Status.info("copied " + shown(text))), new Effect.Copy(text));
    }

    /**
     * Scrolls an anchor of this document to the top and remembers where the reader was. A
     * footnote mark and its back link focus each other, so Enter goes to the note and back.
     */
    static ViewerState jumpToAnchor(ViewerState s, String id) {
        Integer line = id.isEmpty() ? Integer.valueOf(0) : lineOf(s.page(), id);
        if (line == null) {
            return s.withStatus(Status.error("no such place in this document: #" + shown(id)));
        }
        ViewerState moved = s.withHistory(s.history().push(s.position())).withTop(line).withFocus(ViewerState.NO_FOCUS);
        return focusPartner(moved, id, line);
    }

    /**
     * A footnote's back link ({@code #fnref-N}): when the reader came to the note from a place
     * where the reference was on screen, back to that place, scrolled as it was; null otherwise
     * (the reference then goes to the top, as any anchor does).
     */
    private static ViewerState returnFromNote(ViewerState s, String id) {
        History.Entry came = s.history().lastBack();
        Integer line = lineOf(s.page(), id);
        boolean here = came != null && (came.sameDocumentAs(s.source()) || came.document() == s.document());
        if (!here || line == null) {
            return null;
        }
        int top = came.position().lineIn(s.page());
        if (line < top || line >= top + Math.max(1, s.pageRows())) {
            return null;
        }
        ViewerState back = at(s.withHistory(s.history().goBack(s.position())), came);
        // The reference mark gets the focus (it is on screen: nothing scrolls), so Enter goes to the note again.
        String mark = "#fn-" + id.substring("fnref-".length());
        for (LinkRegion link : back.page().links()) {
            if (link.target().equals(mark) && back.isVisible(link.firstLine())) {
                return back.withFocus(link.id());
            }
        }
        return back;
    }

    /** Like {@link #jumpToAnchor} without a history entry (after a load). */
    static ViewerState placeAtAnchor(ViewerState s, String id) {
        if (id.isEmpty()) {
            return s;
        }
        Integer line = lineOf(s.page(), id);
        if (line == null) {
            return s.withStatus(Status.error("no such place in " + shown(s.source().name()) + ": #" + shown(id)));
        }
        return focusPartner(s.withTop(line), id, line);
    }

    private static Integer lineOf(Page page, String id) {
        Integer line = page.anchors().get(id);
        if (line == null) {
            line = page.anchors().get(id.toLowerCase(Locale.ROOT));
        }
        if (line == null) {
            for (HeadingAnchor h : page.headings()) {
                if (h.anchor().equalsIgnoreCase(id)) {
                    return h.line();
                }
            }
        }
        return line;
    }

    /** After jumping to {@code #fn-N}, focus its {@code #fnref-N} back link, and the other way round. */
    private static ViewerState focusPartner(ViewerState s, String id, int line) {
        String partner = id.startsWith("fn-") ? "#fnref-" + id.substring(3)
                : id.startsWith("fnref-") ? "#fn-" + id.substring(6) : null;
        if (partner == null) {
            return s;
        }
        LinkRegion best = null;
        for (LinkRegion link : s.page().links()) {
            if (link.target().equals(partner) && (best == null || Math.abs(link.firstLine() - line) < Math.abs(best.firstLine() - line))) {
                best = link;
            }
        }
        return best == null ? s : Navigation.focus(s, best.id());
    }

    static Step back(ViewerState s) {
        History.Entry entry = s.history().lastBack();
        if (entry == null) {
            return Step.of(s.withStatus(Status.info("nothing to go back to")));
        }
        if (entry.document() != null || entry.sameDocumentAs(s.source())) {
            return Step.of(restore(s.withHistory(s.history().goBack(s.position())), entry));
        }
        return Step.of(s.withStatus(loading(entry.source())), load(entry.source(), Effect.Load.Reason.BACK));
    }

    static Step forward(ViewerState s) {
        History.Entry entry = s.history().lastForward();
        if (entry == null) {
            return Step.of(s.withStatus(Status.info("nothing to go forward to")));
        }
        if (entry.document() != null || entry.sameDocumentAs(s.source())) {
            return Step.of(restore(s.withHistory(s.history().goForward(s.position())), entry));
        }
        return Step.of(s.withStatus(loading(entry.source())), load(entry.source(), Effect.Load.Reason.FORWARD));
    }

    static Status loading(Source source) {
        return source.isWeb() ? WebLinks.started(source.url()) : loadingStatus(source.name());
    }

    /** Until the document comes (or the load fails): a load that hangs says how to give it up. */
    private static Status loadingStatus(String name) {
        return Status.progress("loading " + shown(name) + "… · Esc cancels");
    }

    /** Reads a source again: a file from disk, a web document through the cache (from the network for a reload). */
    static Effect load(Source source, Effect.Load.Reason reason) {
        if (source.isWeb()) {
            return new Effect.Fetch(source.url(), "", reason);
        }
        return new Effect.Load(source.path(), "", reason);
    }

    /** Puts the reader back where an entry says: its document (if kept), top line and focused link. */
    private static ViewerState restore(ViewerState s, History.Entry entry) {
        ViewerState shown = s;
        if (entry.document() != null && entry.document() != s.document()) {
            shown = Reflow.show(s, entry.source(), entry.document());
        }
        return at(shown, entry);
    }

    private static ViewerState at(ViewerState s, History.Entry entry) {
        ViewerState placed = s.withTop(entry.position().lineIn(s.page()));
        int focus = entry.focus() < placed.page().links().size() ? entry.focus() : ViewerState.NO_FOCUS;
        return placed.withFocus(focus);
    }

    /** A document arrived: show it, and update history according to why it was loaded. */
    static Step loaded(ViewerState s, Msg.Loaded msg) {
        History history = s.history();
        History.Entry restoreTo = null;
        switch (msg.reason()) {
            case RELOAD:
                // A list or prompt opened meanwhile may refer to the old page: back to reading.
                return Step.of(reloaded(s.reading(), msg.source(), msg.document()));
            case BACK:
                if (history.lastBack() != null && history.lastBack().sameDocumentAs(msg.source())) {
                    restoreTo = history.lastBack();
                    history = history.goBack(s.position());
                }
                break;
            case FORWARD:
                if (history.lastForward() != null && history.lastForward().sameDocumentAs(msg.source())) {
                    restoreTo = history.lastForward();
                    history = history.goForward(s.position());
                }
                break;
            default:
                if (s.source() != null) {
                    history = history.push(s.position());
                }
        }
        ViewerState shown = Reflow.show(s.reading().withStatus(Status.NONE).withHistory(history).withFollowingEnd(false),
                msg.source(), msg.document());
        if (msg.reason() == Effect.Load.Reason.LOCAL_ORIGINAL) {
            shown = shown.withStatus(Articles.localCopyStatus(shown));
        }
        java.util.List<Effect> effects = msg.source().path() == null ? java.util.List.of()
                : java.util.List.of(new Effect.FindCollection(msg.source().path(), Places.restores(s, msg)));
        if (restoreTo != null) {
            return new Step(Places.arrived(at(shown, restoreTo), msg), effects);
        }
        return new Step(Places.arrived(placeAtAnchor(shown, msg.anchor() == null ? "" : msg.anchor()), msg), effects);
    }

    /** The same document read again: same place, same focus, same search. */
    private static ViewerState reloaded(ViewerState s, Source source, Document document) {
        TextAnchor place = TextAnchor.at(s.page(), s.top());
        int focus = s.focus();
        Search search = s.search();
        String query = search.query();
        ViewerState shown = Reflow.show(s, source, document);
        ViewerState placed = shown.withTop(place.lineIn(shown.page()));
        placed = placed.withFocus(focus < placed.page().links().size() ? focus : ViewerState.NO_FOCUS);
        placed = placed.withSearch(query.isEmpty() ? Search.NONE : search.withMatches(Searcher.find(placed.page(), query), -1));
        return placed.withStatus(Status.info("reloaded"));
    }

    static String shown(String text) {
        return Sanitizer.target(text);
    }
}
