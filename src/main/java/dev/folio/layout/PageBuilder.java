package dev.folio.layout;

import dev.folio.doc.MediaKind;
import dev.folio.text.Sanitizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a page while it is laid out: lines, and the regions that point into them. A link's
 * parts are found from the spans that carry its id as each line is added, so every renderer
 * (paragraph, table cell, media line) gets correct regions without tracking columns itself.
 */
final class PageBuilder {
    private final List<Line> lines = new ArrayList<>();
    private final List<RegionDraft> links = new ArrayList<>();
    private final List<HeadingAnchor> headings = new ArrayList<>();
    private final List<MediaItem> media = new ArrayList<>();
    private final Map<String, Integer> anchors = new HashMap<>();
    private final List<WideBlock> wide = new ArrayList<>();
    /** Lines already handed over by {@link #take}: indexes go on counting from them. */
    private int taken;
    private final ImageRows images;

    PageBuilder(ImageRows images) {
        this.images = images;
    }

    /** Adds a line; returns its 0-based index. */
    int add(Line line) {
        int index = taken + lines.size();
        lines.add(line);
        int column = 0;
        for (Span span : line.spans()) {
            if (span.isLink() && span.width() > 0) {
                links.get(span.link()).cover(index, column, span.width());
            }
            column += span.width();
        }
        return index;
    }

    int size() {
        return taken + lines.size();
    }

    /** The line at page index {@code index}, not yet taken. */
    Line line(int index) {
        return lines.get(index - taken);
    }

    /** A code block laid out to scroll sideways. */
    void wide(WideBlock block) {
        wide.add(block);
    }

    /** The lines added since the last take, which this builder then forgets (a printer streams them). */
    List<Line> take() {
        List<Line> out = List.copyOf(lines);
        taken += lines.size();
        lines.clear();
        return out;
    }

    /** Registers a link-like region; its id goes on every span of its text. */
    int newLink(LinkRegion.Kind kind, String target, String text) {
        int id = links.size();
        links.add(new RegionDraft(id, target, Sanitizer.visible(text), kind));
        return id;
    }

    void heading(int level, String text, String anchor, int line) {
        headings.add(new HeadingAnchor(level, Sanitizer.visible(text), anchor, line));
        if (!anchor.isEmpty()) {
            anchor(anchor, line);
        }
    }

    void media(MediaKind kind, String target, String label, int line, int link) {
        media.add(new MediaItem(kind, target, Sanitizer.visible(label), line, link,
                link == Span.NO_LINK ? ImageBox.NONE : images.box(link)));
    }

    /** Records where an anchor points; the first occurrence wins. */
    void anchor(String name, int line) {
        anchors.putIfAbsent(name, line);
    }

    /** The link regions from id {@code first} on, as laid out so far. */
    List<LinkRegion> regionsFrom(int first) {
        List<LinkRegion> out = new ArrayList<>(Math.max(0, links.size() - first));
        for (int i = first; i < links.size(); i++) {
            out.add(links.get(i).build());
        }
        return out;
    }

    Page build(int width, String title) {
        List<LinkRegion> regions = new ArrayList<>(links.size());
        List<MediaItem> allMedia = new ArrayList<>(media);
        for (RegionDraft draft : links) {
            LinkRegion region = draft.build();
            regions.add(region);
            // A plain link to an .mp3 or .png is media too: the media list must offer it.
            MediaKind linked = region.kind() == LinkRegion.Kind.LINK ? MediaKind.ofTarget(region.target()) : null;
            if (linked != null && !region.parts().isEmpty()) {
                allMedia.add(new MediaItem(linked, region.target(), region.text(), region.firstLine(), region.id()));
            }
        }
        allMedia.sort(java.util.Comparator.comparingInt(MediaItem::line));
        return new Page(width, Sanitizer.visible(title), lines, regions, headings, allMedia, anchors, wide);
    }

    /** A region whose parts grow as its lines are added. */
    private static final class RegionDraft {
        private final int id;
        private final String target;
        private final String text;
        private final LinkRegion.Kind kind;
        private final List<LinkRegion.Part> parts = new ArrayList<>(1);

        RegionDraft(int id, String target, String text, LinkRegion.Kind kind) {
            this.id = id;
            this.target = target;
            this.text = text;
            this.kind = kind;
        }

        /** Extends the last part when this piece continues it on the same line. */
        void cover(int line, int column, int width) {
            if (!parts.isEmpty()) {
                LinkRegion.Part last = parts.get(parts.size() - 1);
                if (last.line() == line && last.column() + last.width() == column) {
                    parts.set(parts.size() - 1, new LinkRegion.Part(line, last.column(), last.width() + width));
                    return;
                }
            }
            parts.add(new LinkRegion.Part(line, column, width));
        }

        LinkRegion build() {
            return new LinkRegion(id, target, text, kind, parts);
        }
    }
}
