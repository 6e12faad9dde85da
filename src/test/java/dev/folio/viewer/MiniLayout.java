package dev.folio.viewer;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.text.Graphemes;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, test-only layout (the real one is written elsewhere): headings, paragraphs, quotes
 * and footnotes, wrapped greedily at spaces and between wide (CJK) characters, so viewer tests
 * can resize and search wrapped text. Blocks are separated by a blank line.
 */
final class MiniLayout implements PageLayout {
    private record Tok(String text, Role role, int linkKey, String target, boolean space, String anchor) {}

    private int linkKeys;

    @Override
    public Page layout(Document document, int width) {
        PageBuilder b = new PageBuilder(width).title(document.title());
        linkKeys = 0;
        boolean first = true;
        for (Block block : document.blocks()) {
            if (!first) {
                b.blank();
            }
            first = false;
            block(b, block, width, null);
        }
        return b.build();
    }

    private void block(PageBuilder b, Block block, int width, PageBuilder.Piece prefix) {
        b.source(block.line());
        if (block instanceof Block.Heading) {
            Block.Heading h = (Block.Heading) block;
            b.heading(h.level(), Cells.clip(plain(h.content()), width), h.anchor());
        } else if (block instanceof Block.Paragraph) {
            Block.Paragraph p = (Block.Paragraph) block;
            if (p.content().size() == 1 && p.content().get(0) instanceof Inline.Media) {
                Inline.Media m = (Inline.Media) p.content().get(0);
                b.media(m.kind(), m.target(), m.label());
            } else {
                paragraph(b, tokens(p.content()), width, prefix);
            }
        } else if (block instanceof Block.Quote) {
            for (Block child : ((Block.Quote) block).children()) {
                block(b, child, width, PageBuilder.deco("│ ", Role.QUOTE_BAR));
            }
        } else if (block instanceof Block.Footnotes) {
            for (Block.Footnote note : ((Block.Footnotes) block).notes()) {
                b.anchor("fn-" + note.number());
                List<Tok> toks = new ArrayList<>();
                toks.add(new Tok("[" + note.number() + "]", Role.FOOTNOTE_LABEL, -1, null, false, null));
                toks.add(new Tok(" ", Role.TEXT, -1, null, true, null));
                for (Block child : note.content()) {
                    if (child instanceof Block.Paragraph) {
                        toks.addAll(tokens(((Block.Paragraph) child).content()));
                    }
                }
                toks.add(new Tok(" ", Role.TEXT, -1, null, true, null));
                toks.add(new Tok("↩", Role.LINK, linkKeys++, "#fnref-" + note.number(), false, null));
                paragraph(b, toks, width, null);
            }
        }
    }

    private List<Tok> tokens(List<Inline> inlines) {
        List<Tok> out = new ArrayList<>();
        for (Inline in : inlines) {
            if (in instanceof Inline.Text) {
                split(out, ((Inline.Text) in).text(), Role.TEXT, -1, null);
            } else if (in instanceof Inline.Code) {
                split(out, ((Inline.Code) in).text(), Role.CODE, -1, null);
            } else if (in instanceof Inline.SoftBreak) {
                out.add(new Tok(" ", Role.TEXT, -1, null, true, null));
            } else if (in instanceof Inline.Styled) {
                out.addAll(tokens(((Inline.Styled) in).children()));
            } else if (in instanceof Inline.Link) {
                Inline.Link l = (Inline.Link) in;
                split(out, plain(l.children()), Role.LINK, linkKeys++, l.target());
            } else if (in instanceof Inline.FootnoteRef) {
                Inline.FootnoteRef f = (Inline.FootnoteRef) in;
                out.add(new Tok("[" + f.number() + "]", Role.FOOTNOTE_REF, linkKeys++, "#fn-" + f.number(), false, "fnref-" + f.number()));
            } else if (in instanceof Inline.Media) {
                Inline.Media m = (Inline.Media) in;
                split(out, "[" + m.kind().name().toLowerCase() + "] " + m.label(), Role.MEDIA, linkKeys++, m.target());
            }
        }
        return out;
    }

    /** Words, single wide characters and single spaces. */
    private static void split(List<Tok> out, String text, Role role, int link, String target) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int end = Graphemes.next(text, i);
            String cluster = text.substring(i, end);
            boolean space = cluster.equals(" ");
            boolean wide = Width.of(cluster) == 2;
            if ((space || wide) && word.length() > 0) {
                out.add(new Tok(word.toString(), role, link, target, false, null));
                word.setLength(0);
            }
            if (space || wide) {
                out.add(new Tok(cluster, role, link, target, space, null));
            } else {
                word.append(cluster);
            }
            i = end;
        }
        if (word.length() > 0) {
            out.add(new Tok(word.toString(), role, link, target, false, null));
        }
    }

    private static void paragraph(PageBuilder b, List<Tok> toks, int fullWidth, PageBuilder.Piece prefix) {
        int width = Math.max(1, fullWidth - (prefix == null ? 0 : Width.of(prefix.text())));
        List<Tok> cur = new ArrayList<>();
        int curW = 0;
        Tok pendingSpace = null;
        int[] lastLink = {-1};
        for (Tok tok : toks) {
            if (tok.space()) {
                pendingSpace = cur.isEmpty() ? null : tok;
                continue;
            }
            String text = tok.text();
            int sp = pendingSpace == null ? 0 : 1;
            if (curW + sp + Width.of(text) > width && !cur.isEmpty()) {
                emit(b, cur, pendingSpace != null ? Line.Wrap.SPACE : Line.Wrap.DIRECT, prefix, lastLink);
                cur.clear();
                curW = 0;
                pendingSpace = null;
            }
            if (pendingSpace != null) {
                cur.add(pendingSpace);
                curW += 1;
                pendingSpace = null;
            }
            while (curW + Width.of(text) > width) {
                String chunk = Cells.clip(text, width - curW);
                if (chunk.isEmpty() && !cur.isEmpty()) {
                    emit(b, cur, Line.Wrap.DIRECT, prefix, lastLink);
                    cur.clear();
                    curW = 0;
                    continue;
                }
                if (chunk.isEmpty()) {
                    // a character wider than the whole page: shown as '?', as a real layout must do something
                    chunk = "?";
                    text = "?" + text.substring(Graphemes.next(text, 0));
                }
                cur.add(new Tok(chunk, tok.role(), tok.linkKey(), tok.target(), false, tok.anchor()));
                emit(b, cur, Line.Wrap.DIRECT, prefix, lastLink);
                cur.clear();
                curW = 0;
                text = text.substring(chunk.length());
            }
            cur.add(new Tok(text, tok.role(), tok.linkKey(), tok.target(), false, tok.anchor()));
            curW += Width.of(text);
        }
        emit(b, cur, Line.Wrap.END, prefix, lastLink);
    }

    private static void emit(PageBuilder b, List<Tok> toks, Line.Wrap wrap, PageBuilder.Piece prefix, int[] lastLink) {
        List<PageBuilder.Piece> pieces = new ArrayList<>();
        if (prefix != null) {
            pieces.add(prefix);
        }
        StringBuilder run = new StringBuilder();
        Tok runTok = null;
        for (Tok t : toks) {
            if (t.anchor() != null) {
                b.anchorAt(t.anchor(), b.lineCount());
            }
            if (runTok != null && (runTok.role() != t.role() || runTok.linkKey() != t.linkKey())) {
                pieces.add(piece(run.toString(), runTok, lastLink));
                run.setLength(0);
            }
            runTok = t;
            run.append(t.text());
        }
        if (runTok != null) {
            pieces.add(piece(run.toString(), runTok, lastLink));
        }
        b.line(wrap, pieces.toArray(new PageBuilder.Piece[0]));
    }

    private static PageBuilder.Piece piece(String text, Tok t, int[] lastLink) {
        if (t.linkKey() < 0) {
            return new PageBuilder.Piece(text, t.role(), null, false);
        }
        boolean continues = t.linkKey() == lastLink[0];
        lastLink[0] = t.linkKey();
        return continues ? new PageBuilder.Piece(text, t.role(), null, true) : new PageBuilder.Piece(text, t.role(), t.target(), false);
    }

    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline in : inlines) {
            if (in instanceof Inline.Text) {
                sb.append(((Inline.Text) in).text());
            } else if (in instanceof Inline.Code) {
                sb.append(((Inline.Code) in).text());
            } else if (in instanceof Inline.Styled) {
                sb.append(plain(((Inline.Styled) in).children()));
            } else if (in instanceof Inline.Link) {
                sb.append(plain(((Inline.Link) in).children()));
            } else if (in instanceof Inline.SoftBreak) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
