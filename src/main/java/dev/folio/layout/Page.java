package dev.folio.layout;

import java.util.List;
import java.util.Map;

/**
 * A document laid out at one width: lines of role-tagged spans, and the regions the viewer
 * navigates (links, headings, media, anchors). Every line is at most {@code width} columns.
 *
 * @param anchors anchor id ({@code "installation"}, {@code "fn-1"}) → 0-based line index
 * @param wide    the code blocks wider than the column, in page order, when laid out with
 *                {@link LayoutOptions.WideCode#SCROLL} (their lines hold only what fits)
 */
public record Page(int width, String title, List<Line> lines, List<LinkRegion> links,
                   List<HeadingAnchor> headings, List<MediaItem> media, Map<String, Integer> anchors,
                   List<WideBlock> wide) {
    public Page {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
        headings = List.copyOf(headings);
        media = List.copyOf(media);
        anchors = Map.copyOf(anchors);
        wide = wide == null ? List.of() : List.copyOf(wide);
    }

    /** A page with no wide blocks. */
    public Page(int width, String title, List<Line> lines, List<LinkRegion> links,
                List<HeadingAnchor> headings, List<MediaItem> media, Map<String, Integer> anchors) {
        this(width, title, lines, links, headings, media, anchors, List.of());
    }

    /** The wide block holding page line {@code line}, or null. */
    public WideBlock wideAt(int line) {
        int lo = 0;
        int hi = wide.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            WideBlock b = wide.get(mid);
            if (line < b.firstLine()) {
                hi = mid - 1;
            } else if (line > b.lastLine()) {
                lo = mid + 1;
            } else {
                return b;
            }
        }
        return null;
    }

    /**
     * Line {@code index} as it would be with nothing cut off: a line of a wide block with its
     * whole code line, any other line as it is (search looks at the whole text).
     */
    public Line whole(int index) {
        Line line = lines.get(index);
        WideBlock block = wide.isEmpty() ? null : wideAt(index);
        return block == null ? line : block.whole(line, index);
    }

    public int size() {
        return lines.size();
    }
}
