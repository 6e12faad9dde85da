package dev.folio.layout;

import dev.folio.text.Sanitizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A page as a person can review it: its plain text, then its regions ({@code L3:4-17 -> b.md},
 * 1-based lines and columns, both ends included), media without a target, and anchors.
 * Meant for golden files and for readable assertion messages.
 */
public final class PageText {
    private PageText() {}

    /** Text, a {@code --} line, then the regions. */
    public static String render(Page page) {
        String regions = regions(page);
        return text(page) + (regions.isEmpty() ? "" : "--\n" + regions);
    }

    /** The lines as shown, one per line, each ending in a newline. */
    public static String text(Page page) {
        StringBuilder sb = new StringBuilder();
        for (Line line : page.lines()) {
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }

    public static String regions(Page page) {
        StringBuilder sb = new StringBuilder();
        for (LinkRegion r : page.links()) {
            List<String> parts = new ArrayList<>();
            for (LinkRegion.Part p : r.parts()) {
                parts.add(part(p));
            }
            String kind = r.kind() == LinkRegion.Kind.LINK ? "" : r.kind().name().toLowerCase() + " ";
            sb.append(parts.isEmpty() ? "(not shown)" : String.join(",", parts))
                    .append(" ").append(kind).append("-> ").append(Sanitizer.target(r.target())).append('\n');
        }
        for (MediaItem m : page.media()) {
            if (m.link() == Span.NO_LINK) {
                sb.append("L").append(m.line() + 1).append(" media ").append(m.label()).append('\n');
            }
        }
        List<Map.Entry<String, Integer>> anchors = new ArrayList<>(page.anchors().entrySet());
        anchors.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        for (Map.Entry<String, Integer> a : anchors) {
            sb.append("#").append(Sanitizer.target(a.getKey())).append(" @ L").append(a.getValue() + 1).append('\n');
        }
        return sb.toString();
    }

    public static String part(LinkRegion.Part p) {
        return "L" + (p.line() + 1) + ":" + (p.column() + 1) + "-" + (p.column() + p.width());
    }
}
