package dev.folio.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Tabbed blocks (code for each language or tool, one shown at a time): in the reader view every
 * panel is shown, so each is preceded by its tab's label in bold and the row of tabs goes. Handles
 * ARIA tabs ({@code role=tablist} / {@code tab} / {@code tabpanel}, as Docusaurus writes them) and
 * MkDocs Material's {@code tabbed-set}. Where labels and panels do not pair up, nothing changes.
 */
final class ReaderTabs {
    private ReaderTabs() {}

    static void label(Element root) {
        java.util.Set<Element> scopes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element list : root.select("[role=tablist]")) {
            Element scope = list.parent();
            if (scope == null || !scopes.add(scope)) {
                continue; // one row of tabs per container: a second one there is not paired (nor searched again)
            }
            List<Element> tabs = list.select("[role=tab]");
            List<Element> panels = new ArrayList<>();
            for (Element panel : scope.select("[role=tabpanel]")) {
                if (panel.parent() != null && panel.parent().closest("[role=tabpanel]") == null) {
                    panels.add(panel);
                }
            }
            pair(tabs, panels, list);
        }
        for (Element set : root.select(".tabbed-set")) {
            List<Element> labels = set.select("> .tabbed-labels > label, > label");
            List<Element> panels = set.select("> .tabbed-content > .tabbed-block");
            if (panels.isEmpty()) {
                panels = set.select("> .tabbed-content");
            }
            Element row = set.selectFirst("> .tabbed-labels");
            if (pair(labels, panels, row) && row == null) {
                labels.forEach(Element::remove);
            }
        }
    }

    private static boolean pair(List<Element> tabs, List<Element> panels, Element row) {
        if (tabs.isEmpty() || tabs.size() != panels.size()) {
            return false;
        }
        for (int i = 0; i < tabs.size(); i++) {
            Element label = new Element("p");
            label.appendElement("strong").text(tabs.get(i).text());
            panels.get(i).before(label);
        }
        if (row != null) {
            row.remove();
        }
        return true;
    }
}
