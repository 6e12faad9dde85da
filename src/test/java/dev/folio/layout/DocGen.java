package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random documents for the invariant tests: every block and inline kind, nested a few levels,
 * with Latin and CJK text, emoji (ZWJ sequences, flags), combining marks, control characters,
 * tabs, very long words and punctuation that kinsoku cares about. Seeded, so failures repeat.
 */
final class DocGen {
    private static final String[] LATIN = {"the", "reader", "folio", "a", "terminal", "Markdown", "width",
        "supercalifragilisticexpialidocious", "x", "layout", "naïve", "café", "e\u0301clair", "(paren)", "end.", "why?"};
    private static final String[] CJK = {"亚马逊网络服务", "云计算，", "基金会。", "「引用」", "（注）", "日本語のテキスト", "한국어",
        "ｆｕｌｌ", "《书名》", "“引号”", "Kubernetes的", "2015年"};
    private static final String[] ODD = {"👍", "👩\u200D💻", "🇫🇷", "\u001b[31m", "\u0007", "\u009b", "a\tb", "\u202Eevil",
        "x\u0301\u0302", "———", "http://example.com/a/very/long/path/that/never/ends/index.html"};

    private final Random random;
    private int footnotes;

    DocGen(long seed) {
        this.random = new Random(seed);
    }

    Document document() {
        List<Block> blocks = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            blocks.add(new Block.FrontMatter(List.of(new Block.Entry("title", sentence(6)),
                    new Block.Entry("author", word()), new Block.Entry("date", "2024-05-06"),
                    new Block.Entry("tags", sentence(3))), 1));
        }
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            blocks.add(block(0));
        }
        if (footnotes > 0) {
            List<Block.Footnote> notes = new ArrayList<>();
            for (int i = 1; i <= footnotes; i++) {
                notes.add(new Block.Footnote("n" + i, i, List.of(new Block.Paragraph(inlines(1), 90))));
            }
            blocks.add(new Block.Footnotes(notes, 99));
        }
        return new Document(blocks, sentence(3));
    }

    private Block block(int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 14);
        int line = 1 + random.nextInt(500);
        switch (kind) {
            case 0: case 1: case 2:
                return new Block.Paragraph(inlines(0), line);
            case 3:
                return new Block.Heading(1 + random.nextInt(6), inlines(1), "h-" + line, line);
            case 4:
                return new Block.CodeBlock(random.nextBoolean() ? "" : word(), codeText(), line);
            case 5:
                return random.nextBoolean() ? new Block.ThematicBreak(line) : table(line);
            case 6:
                return new Block.Quote(blocks(depth + 1), line);
            case 7:
                return new Block.Alert(Block.AlertKind.values()[random.nextInt(5)], blocks(depth + 1), line);
            case 8: case 9:
                return list(depth, line);
            case 10:
                return table(line);
            case 11:
                return new Block.DefinitionList(List.of(new Block.Definition(inlines(1),
                        List.of(blocks(depth + 1), blocks(depth + 1)))), line);
            case 12:
                return new Block.Details(inlines(1), blocks(depth + 1), line);
            default:
                return new Block.Paragraph(List.of(new Inline.Media(MediaKind.values()[random.nextInt(5)],
                        random.nextBoolean() ? "" : "img/" + word() + ".png", random.nextBoolean() ? "" : sentence(2))), line);
        }
    }

    private List<Block> blocks(int depth) {
        List<Block> out = new ArrayList<>();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            out.add(block(depth));
        }
        return out;
    }

    private Block list(int depth, int line) {
        List<Block.ListItem> items = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            Block.Task task = Block.Task.values()[random.nextInt(3)];
            items.add(new Block.ListItem(task, random.nextInt(5) == 0 ? List.of() : blocks(depth + 1)));
        }
        return new Block.ListBlock(random.nextBoolean(), random.nextInt(3) == 0 ? 998 : 1, random.nextBoolean(), items, line);
    }

    private Block table(int line) {
        int cols = 1 + random.nextInt(5);
        List<Block.Alignment> align = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            align.add(Block.Alignment.values()[random.nextInt(4)]);
        }
        List<List<List<Inline>>> header = List.of(row(cols));
        List<List<List<Inline>>> body = new ArrayList<>();
        int rows = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            body.add(row(cols));
        }
        return new Block.Table(align, header, body, line);
    }

    private List<List<Inline>> row(int cols) {
        List<List<Inline>> cells = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            cells.add(random.nextInt(6) == 0 ? List.of() : inlines(2));
        }
        return cells;
    }

    private List<Inline> inlines(int depth) {
        List<Inline> out = new ArrayList<>();
        int n = 1 + random.nextInt(depth == 0 ? 12 : 4);
        for (int i = 0; i < n; i++) {
            out.add(inline(depth));
        }
        return out;
    }

    private Inline inline(int depth) {
        int kind = random.nextInt(depth >= 3 ? 5 : 12);
        switch (kind) {
            case 0: case 1: case 2: case 3:
                return new Inline.Text(sentence(1 + random.nextInt(8)));
            case 4:
                return random.nextBoolean() ? new Inline.SoftBreak() : new Inline.Text(" ");
            case 5:
                return new Inline.Styled(Inline.Decoration.values()[random.nextInt(6)], inlines(depth + 1));
            case 6:
                return new Inline.Code(sentence(2));
            case 7:
                return new Inline.Link(random.nextBoolean() ? "https://example.com/" + word() : "#" + word(), "",
                        random.nextInt(5) == 0 ? List.of() : inlines(depth + 1));
            case 8:
                footnotes++;
                return new Inline.FootnoteRef("n" + footnotes, footnotes);
            case 9:
                return new Inline.HardBreak();
            case 10:
                return new Inline.Media(MediaKind.values()[random.nextInt(5)], "a/b/" + word() + ".mp3", sentence(2));
            default:
                return new Inline.Text(word());
        }
    }

    private String codeText() {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(random.nextBoolean() ? "    " : "").append(sentence(1 + random.nextInt(15)));
        }
        return sb.toString();
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(random.nextInt(10) == 0 ? "\n" : " ");
            }
            sb.append(word());
        }
        return sb.toString();
    }

    private String word() {
        int pick = random.nextInt(40);
        if (pick < 20) {
            return LATIN[random.nextInt(LATIN.length)];
        } else if (pick < 32) {
            return CJK[random.nextInt(CJK.length)];
        } else if (pick < 39) {
            return ODD[random.nextInt(ODD.length)];
        }
        return "w".repeat(1 + random.nextInt(120));
    }
}
