package dev.folio.layout;

import dev.folio.doc.Inline;
import java.util.List;

/** What the block renderers share while one page is laid out. */
record Context(PageBuilder page, Emitter out, InlineFlattener inlines, LinkNotes notes, CodeHighlighter highlighter,
               ImageRows images) {

    static Context of(LayoutOptions options) {
        ImageRows images = new ImageRows(options.images());
        PageBuilder page = new PageBuilder(images);
        LinkNotes notes = new LinkNotes(options.linkNotes() == LayoutOptions.LinkNotes.AFTER_BLOCK);
        return new Context(page, new Emitter(page, options.width()), new InlineFlattener(page, notes, images, options.wiki()), notes,
                options.highlighter(), images);
    }

    /** Lays inline content out as wrapped text at the current depth, then its link notes. */
    void text(List<Inline> content, SpanStyle style, int sourceLine) {
        text(inlines.flatten(content, style), sourceLine);
    }

    void text(TextFlow flow, int sourceLine) {
        List<Row> rows = LineBreaker.layout(flow, out.contentWidth());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            images.before(row, out, sourceLine);
            out.emit(row, sourceLine);
            images.after(row, i + 1 < rows.size() ? rows.get(i + 1) : null, out, sourceLine);
        }
        notes.flush(out, sourceLine);
    }

    /** A rule across the current width. */
    void rule(Role role, String glyph, int sourceLine) {
        out.emit(Row.of(new Span(Fill.repeat(glyph, out.contentWidth()), role)), sourceLine);
    }
}
