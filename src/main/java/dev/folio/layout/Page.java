package dev.folio.layout;

import java.util.List;
import java.util.Map;

/**
 * A document laid out at one width: lines of role-tagged spans, and the regions the viewer
 * navigates (links, headings, media, anchors). Every line is at most {@code width} columns.
 *
 * @param anchors anchor id ({@code "installation"}, {@code "fn-1"}) → 0-based line index
 */
public record Page(int width, String title, List<Line> lines, List<LinkRegion> links,
                   List<HeadingAnchor> headings, List<MediaItem> media, Map<String, Integer> anchors) {
    public Page {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
        headings = List.copyOf(headings);
        media = List.copyOf(media);
        anchors = Map.copyOf(anchors);
    }

    public int size() {
        return lines.size();
    }
}
