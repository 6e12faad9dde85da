package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Block quotes draw a bar per level; alerts draw a bar in their own role under a title. */
class QuotesAndAlertsTest {

    @Test
    void eachNestingLevelDrawsABar() {
        Page page = layout(40, quote(para("outer"), quote(para("inner"))));
        assertEquals(List.of("│ outer", "│", "│ │ inner"), lines(page));
        assertEquals(Role.QUOTE_BAR, page.lines().get(2).spans().get(1).role());
        assertEquals("inner", page.lines().get(2).content());
    }

    @Test
    void wrappedQuoteTextKeepsItsBarOnEveryLine() {
        Page page = layout(12, quote(para("one two three four five six")));
        assertEquals(List.of("│ one two", "│ three four", "│ five six"), lines(page));
    }

    @Test
    void anAlertShowsItsTitleAndABarInItsRole() {
        Page page = layout(30, new Block.Alert(Block.AlertKind.WARNING, List.of(para("Mind the gap.")), 1));
        assertEquals(List.of("│ ⚠ Warning", "│ Mind the gap."), lines(page));
        for (Line line : page.lines()) {
            assertEquals(Role.ALERT_WARNING, line.spans().get(0).role());
        }
        assertEquals(Role.ALERT_WARNING, page.lines().get(0).spans().get(1).role());
    }

    @Test
    void everyAlertKindHasItsOwnTitleAndRole() {
        Set<String> titles = new HashSet<>();
        Set<Role> roles = new HashSet<>();
        for (Block.AlertKind kind : Block.AlertKind.values()) {
            Page page = layout(30, new Block.Alert(kind, List.of(para("x")), 1));
            Line title = page.lines().get(0);
            titles.add(title.text());
            roles.add(title.spans().get(1).role());
        }
        assertEquals(5, titles.size());
        assertEquals(5, roles.size());
        assertTrue(titles.contains("│ ⓘ Note"));
    }

    @Test
    void deepQuotesStopIndentingAndShowTheFoldedDepth() {
        Block b = para("deep text");
        for (int i = 0; i < 40; i++) {
            b = quote(b);
        }
        Page page = layout(80, b);
        String line = page.lines().get(0).text();
        assertTrue(line.endsWith("deep text"), line);
        assertTrue(line.contains("»"), "the folded depth is visible: " + line);
        assertTrue(page.lines().get(0).width() - "deep text".length() <= 60, "at least 20 columns stay for text");
    }
}
