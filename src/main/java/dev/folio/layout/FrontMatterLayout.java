package dev.folio.layout;

import dev.folio.doc.Block.Entry;
import dev.folio.doc.Block.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Front matter as a header: the title, then {@code by author · date}, then the other keys with their labels, then a rule. */
final class FrontMatterLayout {
    private FrontMatterLayout() {}

    static void render(Context cx, FrontMatter fm) {
        if (fm.entries().isEmpty()) {
            return;
        }
        String title = null;
        List<String> byline = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (Entry e : fm.entries()) {
            String key = e.key().strip().toLowerCase(Locale.ROOT);
            if (key.equals("title") && title == null) {
                title = e.value();
            } else if (key.equals("author") && !e.value().isBlank()) {
                byline.add(0, "by " + e.value().strip()); // a bare name reads as stray text
            } else if (key.equals("date") && !e.value().isBlank()) {
                byline.add(e.value().strip());
            } else if (!e.value().isBlank()) {
                others.add(e); // an empty value ("sponsors: []") says nothing
            }
        }
        int line = fm.line();
        if (title != null && !title.isBlank()) {
            TextFlow flow = new TextFlow();
            flow.append(title.strip(), SpanStyle.of(Role.META_TITLE));
            cx.text(flow, line);
        }
        if (!byline.isEmpty()) {
            TextFlow flow = new TextFlow();
            flow.append(String.join(Glyphs.META_SEPARATOR, byline), SpanStyle.of(Role.META_VALUE));
            cx.text(flow, line);
        }
        for (Entry e : others) {
            TextFlow flow = new TextFlow();
            flow.append(e.key().isBlank() ? "" : e.key() + ": ", SpanStyle.of(Role.META_KEY));
            flow.append(e.value(), SpanStyle.of(Role.META_VALUE));
            cx.text(flow, line);
        }
        cx.rule(Role.RULE, Glyphs.RULE, line);
    }
}
