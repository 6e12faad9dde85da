package dev.folio.layout;

import dev.folio.doc.Inline;
import dev.folio.text.Sanitizer;
import java.util.List;

/**
 * A paragraph made only of images, or of links around images (a README's row of badges), shown
 * as one wrapped line of compact labels: {@code ▣ Tests  ▣ Coverage  ▣ npm}. Each label is a
 * region (the link's target, or the image's when it is not linked), so the status line, the
 * media list and print's link notes still give every address; only the URLs are not spelled out.
 */
final class BadgeRow {
    private static final String GAP = "  ";

    private BadgeRow() {}

    /**
     * True for two or more images (linked or not), or one linked image, with nothing but spaces
     * and line breaks between them. A lone image that is no link keeps its full line (its file is
     * what there is to see).
     */
    static boolean is(List<Inline> content) {
        int badges = 0;
        int linked = 0;
        for (Inline in : content) {
            if (in instanceof Inline.Media) {
                badges++;
            } else if (in instanceof Inline.Link l && onlyMedia(l.children())) {
                badges++;
                linked++;
            } else if (!(in instanceof Inline.SoftBreak || in instanceof Inline.HardBreak
                    || in instanceof Inline.Text t && t.text().isBlank())) {
                return false;
            }
        }
        return badges >= 2 || linked == 1;
    }

    private static boolean onlyMedia(List<Inline> children) {
        boolean any = false;
        for (Inline in : children) {
            if (in instanceof Inline.Media) {
                any = true;
            } else if (!(in instanceof Inline.Text t && t.text().isBlank())) {
                return false;
            }
        }
        return any;
    }

    static TextFlow flatten(Context cx, List<Inline> content) {
        TextFlow flow = new TextFlow();
        boolean first = true;
        for (Inline in : content) {
            Inline.Media media;
            String target;
            LinkRegion.Kind kind;
            if (in instanceof Inline.Media m) {
                media = m;
                target = m.target();
                kind = LinkRegion.Kind.MEDIA;
            } else if (in instanceof Inline.Link l && onlyMedia(l.children())) {
                media = (Inline.Media) l.children().stream().filter(Inline.Media.class::isInstance).findFirst().orElseThrow();
                target = l.target();
                kind = LinkRegion.Kind.LINK;
            } else {
                continue;
            }
            if (!first) {
                flow.append(GAP, SpanStyle.TEXT);
            }
            first = false;
            String label = label(media);
            int id = target.isEmpty() ? Span.NO_LINK : cx.page().newLink(kind, target, label);
            if (kind == LinkRegion.Kind.MEDIA && id != Span.NO_LINK) {
                int link = id;
                flow.tag(line -> cx.page().media(media.kind(), media.target(), label, line, link));
            }
            SpanStyle style = new SpanStyle(kind == LinkRegion.Kind.LINK ? Role.LINK : Role.MEDIA, 0, id);
            // No break inside a label: a badge reads as one unit.
            flow.append(Glyphs.icon(media.kind()) + "\u00A0" + label.replace(' ', '\u00A0'), style);
            int note = cx.notes().note(label, target);
            if (note > 0) {
                flow.append(LinkNotes.mark(note), SpanStyle.of(Role.LINK_REFERENCE));
            }
        }
        return flow;
    }

    private static String label(Inline.Media m) {
        String label = m.label().isBlank() ? InlineFlattener.fileName(m.target()) : m.label();
        label = InlineText.collapse(Sanitizer.visible(label));
        return label.isBlank() ? Glyphs.kindName(m.kind()) : label;
    }
}
