package dev.folio.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the first {@code <table>} of an HTML fragment with jsoup (which repairs what browsers
 * repair: missing {@code </td>}, {@code <tr>} without {@code <tbody>}). Only the table's own
 * rows are read; a nested table stays inside its cell's HTML.
 */
public final class HtmlTableReader {
    private static final int MAX_SPAN = 64;

    private HtmlTableReader() {}

    /** The table, or null when the fragment holds none. */
    public static HtmlTable read(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element table = doc.body().selectFirst("table");
        if (table == null) {
            return null;
        }
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (Element section : table.children()) {
            String name = section.normalName();
            if (name.equals("tr")) {
                rows.add(row(section, false));
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                for (Element tr : section.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(row(tr, name.equals("thead")));
                    }
                }
            }
        }
        Element caption = table.selectFirst("> caption");
        return new HtmlTable(rows, caption == null ? "" : caption.text());
    }

    private static HtmlTable.Row row(Element tr, boolean inHead) {
        List<HtmlTable.Cell> cells = new ArrayList<>();
        boolean allHeaders = true;
        for (Element cell : tr.children()) {
            String name = cell.normalName();
            if (!name.equals("td") && !name.equals("th")) {
                continue;
            }
            boolean header = name.equals("th");
            allHeaders &= header;
            boolean blocks = !cell.select("table, ul, ol, h1, h2, h3, h4, h5, h6, pre, blockquote").isEmpty();
            cells.add(new HtmlTable.Cell(cell.html(), header, span(cell.attr("colspan")), align(cell), blocks));
        }
        return new HtmlTable.Row(cells, inHead || (allHeaders && !cells.isEmpty()));
    }

    private static int span(String value) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String align(Element cell) {
        String align = cell.attr("align").strip().toLowerCase(Locale.ROOT);
        String style = cell.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (align.isEmpty() && style.contains("text-align:")) {
            int at = style.indexOf("text-align:") + "text-align:".length();
            int end = style.indexOf(';', at);
            align = style.substring(at, end < 0 ? style.length() : end);
        }
        return switch (align) {
            case "left", "center", "right" -> align;
            default -> "";
        };
    }
}
