package dev.folio.layout;

import dev.folio.doc.Inline;
import dev.folio.doc.Inline.Decoration;
import dev.folio.text.Sanitizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Turns inline content into a {@link TextFlow}: styles become roles and marks, links and
 * footnote marks become regions, media items get lines of their own. Iterative, because
 * hostile input can nest styles tens of thousands deep.
 */
final class InlineFlattener {
    private final PageBuilder page;
    private final LinkNotes notes;
    private final ImageRows images;
    private final WikiTargets wiki;
    /** What {@link #wiki} said of each target on this page: asked once, the answer reads a folder. */
    private final java.util.Map<String, String> wikiFiles = new java.util.HashMap<>();

    InlineFlattener(PageBuilder page, LinkNotes notes, ImageRows images, WikiTargets wiki) {
        this.page = page;
        this.notes = notes;
        this.images = images;
        this.wiki = wiki;
    }

    /** The file a {@code wiki:} target names ("" none, null not looked up); null for other targets. */
    private String wikiFile(String target) {
        if (!target.startsWith(WIKI)) {
            return null;
        }
        return wikiFiles.computeIfAbsent(target, t -> {
            String f = wiki.file(t);
            return f == null ? NOT_LOOKED_UP : f;
        }).transform(f -> f.equals(NOT_LOOKED_UP) ? null : f);
    }

    private static final String WIKI = "wiki:";
    private static final String NOT_LOOKED_UP = "\0";
    /** After a wiki link whose page does not exist. */
    static final String NO_SUCH_PAGE = "(no such page)";

    TextFlow flatten(List<Inline> content, SpanStyle base) {
        TextFlow flow = new TextFlow();
        append(flow, content, base);
        return flow;
    }

    /** One level of the walk: the inlines left to visit, their style, and what to add once they are done. */
    private record Level(Iterator<Inline> items, SpanStyle style, Runnable after) {}

    void append(TextFlow flow, List<Inline> content, SpanStyle base) {
        Deque<Level> stack = new ArrayDeque<>();
        stack.push(new Level(content.iterator(), base, null));
        while (!stack.isEmpty()) {
            Level top = stack.peek();
            if (!top.items().hasNext()) {
                stack.pop();
                if (top.after() != null) {
                    top.after().run();
                }
                continue;
            }
            Inline in = top.items().next();
            SpanStyle style = top.style();
            if (in instanceof Inline.Text t) {
                flow.append(t.text(), style);
            } else if (in instanceof Inline.Code c) {
                flow.appendFlat(c.text(), style.role() == Role.LINK ? style : style.withRole(Role.CODE));
            } else if (in instanceof Inline.Math m) {
                flow.appendFlat(m.shown(), style.role() == Role.LINK ? style : style.withRole(Role.MATH));
            } else if (in instanceof Inline.Styled s) {
                stack.push(styled(flow, s, style));
            } else if (in instanceof Inline.Link l) {
                stack.push(link(flow, l, style));
            } else if (in instanceof Inline.Media m) {
                media(flow, m);
            } else if (in instanceof Inline.FootnoteRef f) {
                footnoteRef(flow, f);
            } else if (in instanceof Inline.SoftBreak) {
                flow.softBreak();
            } else if (in instanceof Inline.HardBreak) {
                flow.hardBreak();
            }
        }
    }

    private Level styled(TextFlow flow, Inline.Styled s, SpanStyle style) {
        Decoration d = s.decoration();
        switch (d) {
            case EMPHASIS:
                return new Level(s.children().iterator(), style.withMarks(Span.EMPHASIS), null);
            case STRONG:
                return new Level(s.children().iterator(), style.withMarks(Span.STRONG), null);
            case STRIKETHROUGH:
                return new Level(s.children().iterator(), style.withMarks(Span.STRIKE), null);
            case KBD: {
                // A key reads as a key even without colour: [Ctrl]
                SpanStyle key = style.role() == Role.LINK ? style : style.withRole(Role.CODE);
                flow.append("[", key);
                return new Level(s.children().iterator(), key, () -> flow.append("]", key));
            }
            default: {
                // Sub- and superscript as x^2, H_2O; parentheses when it is more than one word.
                String sign = d == Decoration.SUPERSCRIPT ? "^" : "_";
                boolean oneWord = s.children().size() == 1 && s.children().get(0) instanceof Inline.Text t
                        && !t.text().isBlank() && t.text().chars().noneMatch(Character::isWhitespace);
                flow.append(oneWord ? sign : sign + "(", style);
                return new Level(s.children().iterator(), style, oneWord ? null : () -> flow.append(")", style));
            }
        }
    }

    private Level link(TextFlow flow, Inline.Link l, SpanStyle style) {
        boolean noText = InlineText.hasNoText(l.children());
        String text = noText ? EmptyLinks.shortForm(l.target()) : InlineText.plain(l.children());
        int id = page.newLink(LinkRegion.Kind.LINK, l.target(), text);
        SpanStyle linkStyle = style.withRole(Role.LINK).withLink(id);
        String file = wikiFile(l.target());
        boolean missing = file != null && file.isEmpty();
        // A print note names the page's file, not the wiki: form; a missing page says so instead.
        int note = missing ? 0 : notes.note(text, file != null ? file : l.target());
        if (noText) {
            flow.separate();
        }
        return new Level(l.children().iterator(), linkStyle, () -> {
            if (noText) {
                flow.appendFlat(text, linkStyle);
            }
            if (note > 0) {
                flow.append(LinkNotes.mark(note), SpanStyle.of(Role.LINK_REFERENCE));
            }
            if (missing) {
                flow.append("\u00A0" + NO_SUCH_PAGE, SpanStyle.of(Role.LINK_REFERENCE));
            }
            if (noText) {
                flow.separate();
            }
        });
    }

    /** {@code ▣ label — target} on lines of its own; a region when it has a target, so it can be opened. */
    private void media(TextFlow flow, Inline.Media given) {
        Inline.Media m = given.target().startsWith(WIKI) ? embedded(given) : given;
        String label = m.label().isBlank() ? fileName(m.target()) : m.label();
        if (label.isBlank()) {
            label = Glyphs.kindName(m.kind());
        }
        String shown = InlineText.collapse(label);
        int id = m.target().isEmpty() ? Span.NO_LINK : page.newLink(LinkRegion.Kind.MEDIA, m.target(), shown);
        SpanStyle style = new SpanStyle(Role.MEDIA, 0, id);
        images.mark(m.kind(), m.target(), id);
        flow.breakLine();
        boolean[] placed = {false};     // a table header is laid out once per stacked row: record it once
        flow.tag(line -> {
            if (!placed[0]) {
                placed[0] = true;
                page.media(m.kind(), m.target(), shown, line, id);
            }
        });
        flow.append(Glyphs.icon(m.kind()) + "\u00A0", style);     // no break between icon and label
        flow.appendFlat(shown, style);
        if (!m.target().isEmpty()) {
            flow.appendFlat(Glyphs.MEDIA_SEPARATOR + Sanitizer.target(m.target()), style);
        }
        flow.breakLine();
    }

    /** {@code ![[image.png]]}: the file found in the collection, else the name beside the document. */
    private Inline.Media embedded(Inline.Media given) {
        String file = wikiFile(given.target());
        String name = given.target().substring(WIKI.length());
        return new Inline.Media(given.kind(), file == null || file.isEmpty() ? name : file, given.label());
    }

    private void footnoteRef(TextFlow flow, Inline.FootnoteRef f) {
        String mark = Glyphs.superscript(f.number());
        int id = page.newLink(LinkRegion.Kind.FOOTNOTE, "#fn-" + f.number(), mark);
        flow.tag(line -> page.anchor("fnref-" + f.number(), line));
        flow.append(mark, new SpanStyle(Role.FOOTNOTE_REF, 0, id));
    }

    /** The last path segment of a target, without query or fragment: the label of an image without alt text. */
    static String fileName(String target) {
        String t = target;
        int cut = t.indexOf('?');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        cut = t.indexOf('#');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }
}
