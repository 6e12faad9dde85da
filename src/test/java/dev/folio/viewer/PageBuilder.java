package dev.folio.viewer;

import dev.folio.doc.MediaKind;
import dev.folio.layout.HeadingAnchor;
import dev.folio.layout.Line;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.MediaItem;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Page} by hand for viewer tests (the real layout is another helper's work):
 * lines of pieces, links with their parts computed from the spans, headings, anchors, media.
 */
final class PageBuilder {
    /** A piece of a line: text with a role, possibly part of a link. */
    record Piece(String text, Role role, String target, boolean continues) {}

    private final int width;
    private String title = "";
    private final List<Line> lines = new ArrayList<>();
    private final List<String> linkTargets = new ArrayList<>();
    private final List<String> linkTexts = new ArrayList<>();
    private final List<LinkRegion.Kind> linkKinds = new ArrayList<>();
    private final List<List<LinkRegion.Part>> linkParts = new ArrayList<>();
    private final List<HeadingAnchor> headings = new ArrayList<>();
    private final List<MediaItem> media = new ArrayList<>();
    private final Map<String, Integer> anchors = new HashMap<>();
    private int sourceLine = 1;

    PageBuilder(int width) {
        this.width = width;
    }

    static Piece t(String text) {
        return new Piece(text, Role.TEXT, null, false);
    }

    static Piece deco(String text, Role role) {
        return new Piece(text, role, null, false);
    }

    static Piece link(String text, String target) {
        return new Piece(text, Role.LINK, target, false);
    }

    /** More text of the link started last (a link wrapped onto the next line). */
    static Piece more(String text) {
        return new Piece(text, Role.LINK, null, true);
    }

    PageBuilder title(String t) {
        this.title = t;
        return this;
    }

    /** The source line of the following lines (several lines with one source line form a block). */
    PageBuilder source(int line) {
        this.sourceLine = line;
        return this;
    }

    int lineCount() {
        return lines.size();
    }

    PageBuilder text(String text) {
        return line(Line.Wrap.END, t(text));
    }

    PageBuilder blank() {
        lines.add(Line.blank(0));
        return this;
    }

    PageBuilder heading(int level, String text, String anchor) {
        headings.add(new HeadingAnchor(level, text, anchor, lines.size()));
        anchors.put(anchor, lines.size());
        return line(Line.Wrap.END, new Piece(text, Role.heading(level), null, false));
    }

    /** Names a line already built. */
    PageBuilder anchorAt(String id, int line) {
        anchors.put(id, line);
        return this;
    }

    /** Names the next line. */
    PageBuilder anchor(String id) {
        anchors.put(id, lines.size());
        return this;
    }

    PageBuilder media(MediaKind kind, String target, String label) {
        int id = linkTargets.size();
        media.add(new MediaItem(kind, target, label, lines.size(), target.isEmpty() ? Span.NO_LINK : id));
        if (target.isEmpty()) {
            return line(Line.Wrap.END, new Piece("[svg] " + label, Role.MEDIA, null, false));
        }
        line(Line.Wrap.END, new Piece("[" + kind.name().toLowerCase() + "] " + label, Role.MEDIA, target, false));
        linkKinds.set(id, LinkRegion.Kind.MEDIA);
        return this;
    }

    /** A line; {@code sourceLine} stays for lines that wrap, and advances after the block ends. */
    PageBuilder line(Line.Wrap wrap, Piece... pieces) {
        List<Span> spans = new ArrayList<>();
        int col = 0;
        int lineIndex = lines.size();
        for (Piece p : pieces) {
            int link = Span.NO_LINK;
            if (p.target() != null) {
                link = linkTargets.size();
                linkTargets.add(p.target());
                linkTexts.add(p.text());
                linkKinds.add(p.target().startsWith("#fn") ? LinkRegion.Kind.FOOTNOTE : LinkRegion.Kind.LINK);
                linkParts.add(new ArrayList<>());
            } else if (p.continues()) {
                link = linkTargets.size() - 1;
                linkTexts.set(link, linkTexts.get(link) + " " + p.text());
            }
            Span span = new Span(p.text(), p.role(), 0, link);
            if (link != Span.NO_LINK) {
                linkParts.get(link).add(new LinkRegion.Part(lineIndex, col, span.width()));
            }
            spans.add(span);
            col += span.width();
        }
        if (col > width) {
            throw new IllegalArgumentException("line wider than the page: " + col + " > " + width);
        }
        lines.add(new Line(spans, sourceLine, wrap));
        if (wrap == Line.Wrap.END) {
            sourceLine++;
        }
        return this;
    }

    Page build() {
        List<LinkRegion> links = new ArrayList<>();
        for (int i = 0; i < linkTargets.size(); i++) {
            links.add(new LinkRegion(i, linkTargets.get(i), linkTexts.get(i), linkKinds.get(i), linkParts.get(i)));
        }
        return new Page(width, title, lines, links, headings, media, anchors);
    }
}
