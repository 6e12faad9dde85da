package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Alert;
import dev.folio.doc.Block.CodeBlock;
import dev.folio.doc.Block.DefinitionList;
import dev.folio.doc.Block.Details;
import dev.folio.doc.Block.FrontMatter;
import dev.folio.doc.Block.Heading;
import dev.folio.doc.Block.ListBlock;
import dev.folio.doc.Block.Paragraph;
import dev.folio.doc.Block.Quote;
import dev.folio.doc.Block.Table;
import dev.folio.doc.Block.ThematicBreak;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks the block tree in reading order with an explicit work stack instead of recursion, so
 * thousands of nested quotes or lists cannot overflow the Java stack. Leaf blocks go to their
 * renderers; containers push a gutter, schedule their children and pop it again.
 */
final class BlockWalker {
    private final Context cx;
    private final Deque<Runnable> work = new ArrayDeque<>();

    BlockWalker(Context cx) {
        this.cx = cx;
    }

    void walk(List<Block> blocks) {
        schedule(blocks, true, 0);
        while (!work.isEmpty()) {
            work.pop().run();
        }
    }

    /**
     * Queues {@code blocks} to run next, in order, with a blank line between them when
     * {@code separated} (a tight list keeps its items' blocks together).
     */
    void schedule(List<? extends Block> blocks, boolean separated, int listDepth) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            work.push(() -> visit(b, listDepth));
            if (i > 0 && separated) {
                work.push(cx.out()::requestBlank);
            }
        }
    }

    private void visit(Block block, int listDepth) {
        if (block instanceof Paragraph p) {
            paragraph(p);
        } else if (block instanceof Heading h) {
            HeadingLayout.render(cx, h);
        } else if (block instanceof CodeBlock c) {
            CodeLayout.render(cx, c);
        } else if (block instanceof Table t) {
            TableLayout.render(cx, t);
        } else if (block instanceof ThematicBreak t) {
            cx.rule(Role.RULE, Glyphs.RULE, t.line());
        } else if (block instanceof FrontMatter f) {
            FrontMatterLayout.render(cx, f);
        } else if (block instanceof Quote q) {
            enter(Gutter.bar(Role.QUOTE_BAR), () -> schedule(q.children(), true, listDepth));
        } else if (block instanceof Alert a) {
            alert(a, listDepth);
        } else if (block instanceof ListBlock l) {
            ListLayout.schedule(l, listDepth, this);
        } else if (block instanceof DefinitionList d) {
            definitions(d, listDepth);
        } else if (block instanceof Details d) {
            details(d, listDepth);
        } else if (block instanceof Block.MathBlock m) {
            MathLayout.render(cx, m);
        } else if (block instanceof Block.Aligned a) {
            aligned(a, listDepth);
        } else if (block instanceof Block.Footnotes f) {
            FootnotesLayout.schedule(f, this);
        }
    }

    /** A paragraph (a row of badges compactly); right-aligned when its first strong character is Arabic or Hebrew. */
    private void paragraph(Paragraph p) {
        boolean rtl = Direction.isRightToLeft(p.content());
        if (rtl) {
            cx.out().pushAlignment(Block.Alignment.RIGHT);
        }
        if (BadgeRow.is(p.content())) {
            cx.text(BadgeRow.flatten(cx, p.content()), p.line());
        } else {
            cx.text(p.content(), SpanStyle.TEXT, p.line());
        }
        if (rtl) {
            cx.out().popAlignment();
        }
    }

    private void alert(Alert a, int listDepth) {
        Role role = Glyphs.alertRole(a.kind());
        enter(Gutter.bar(role), () -> {
            if (a.title().isEmpty()) {
                cx.out().emit(Row.of(new Span(Glyphs.alertTitle(a.kind()), role)), a.line());
            } else {
                TextFlow flow = new TextFlow();
                flow.append(Glyphs.alertIcon(a.kind()) + "\u00A0", SpanStyle.of(role));
                cx.inlines().append(flow, a.title(), SpanStyle.of(role));
                cx.text(flow, a.line());
            }
            schedule(a.children(), true, listDepth);
        });
    }

    /** Centred or right-aligned blocks: every row they emit is moved over in the column. */
    private void aligned(Block.Aligned a, int listDepth) {
        work.push(cx.out()::popAlignment);
        cx.out().pushAlignment(a.alignment());
        schedule(a.children(), true, listDepth);
    }

    /** Each term, then its definitions indented beneath it; a blank line between terms. */
    private void definitions(DefinitionList list, int listDepth) {
        List<Block.Definition> defs = list.definitions();
        for (int i = defs.size() - 1; i >= 0; i--) {
            Block.Definition def = defs.get(i);
            for (int j = def.definitions().size() - 1; j >= 0; j--) {
                List<Block> body = def.definitions().get(j);
                work.push(() -> enter(Gutter.indent(4), () -> schedule(body, true, listDepth)));
                if (j > 0) {
                    work.push(cx.out()::requestBlank);
                }
            }
            work.push(() -> cx.text(def.term(), SpanStyle.of(Role.DEFINITION_TERM), list.line()));
            if (i > 0) {
                work.push(cx.out()::requestBlank);
            }
        }
    }

    /** {@code ▾ summary}, then the content indented (details are always shown open). */
    private void details(Details d, int listDepth) {
        TextFlow flow = new TextFlow();
        flow.append(Glyphs.DETAILS, SpanStyle.of(Role.DETAILS_SUMMARY));
        cx.inlines().append(flow, d.summary(), SpanStyle.of(Role.DETAILS_SUMMARY));
        cx.text(flow, d.line());
        enter(Gutter.indent(2), () -> schedule(d.children(), true, listDepth));
    }

    Context context() {
        return cx;
    }

    /** Queues {@code task} to run before everything already queued (for the list and footnote layouts). */
    void next(Runnable task) {
        work.push(task);
    }

    /** Pushes {@code gutter} now, runs {@code body} (which queues the content), and queues the pop. */
    void enter(Gutter gutter, Runnable body) {
        work.push(cx.out()::pop);
        cx.out().push(gutter);
        body.run();
    }
}
