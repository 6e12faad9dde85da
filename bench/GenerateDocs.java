import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes realistic benchmark documents: Chinese and English paragraphs, headings, tables, code,
 * links, nested lists and quotes, in a fixed pseudo-random order (the same bytes on every run).
 *
 * <p>Usage: {@code java bench/GenerateDocs.java OUT_DIR} → doc-4k.md, doc-100k.md, doc-1m.md (the JMH
 * benchmarks' megabyte), doc-10m.md, doc-50m.md
 */
public final class GenerateDocs {
    private static final String[] ZH = {
        "终端里的阅读体验取决于排版是否整齐", "中文字符占两个显示列", "标点符号不应出现在行首",
        "链接可以用键盘逐个选中并打开", "大纲视图让长文档的结构一目了然", "搜索会高亮所有匹配的位置",
        "这一段混排了 English words、数字 2026 和全角标点", "云原生架构将多区域部署视为默认设置",
        "开源项目的文档通常以 Markdown 写成", "读者希望在不离开终端的情况下浏览资料",
    };
    private static final String[] EN = {
        "A terminal reader earns its place by being fast and predictable.",
        "Links are followed from the keyboard, and back returns to the same spot.",
        "Tables keep their columns aligned even when cells hold wide characters.",
        "Every heading gets an anchor, so a link into the middle of a file works.",
        "Code blocks are never reflowed; long lines wrap with a visible mark.",
        "Search is smart-case and finds matches across soft-wrapped lines.",
    };

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out");
        Files.createDirectories(out);
        write(out.resolve("doc-4k.md"), 4 * 1024);
        write(out.resolve("doc-100k.md"), 100 * 1024);
        write(out.resolve("doc-1m.md"), 1024 * 1024);
        write(out.resolve("doc-10m.md"), 10 * 1024 * 1024);
        write(out.resolve("doc-50m.md"), 50 * 1024 * 1024);
    }

    static void write(Path file, long targetBytes) throws IOException {
        Random random = new Random(42);
        StringBuilder doc = new StringBuilder();
        long written = 0;
        int section = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < targetBytes) {
                doc.setLength(0);
                section(doc, random, ++section);
                String s = doc.toString();
                w.write(s);
                written += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
    }

    private static void section(StringBuilder d, Random r, int n) {
        d.append("## 第 ").append(n).append(" 节 Section ").append(n).append("\n\n");
        paragraph(d, r, ZH, 6);
        paragraph(d, r, EN, 4);
        switch (n % 4) {
            case 0 -> d.append("| 名称 | Value | 说明 |\n|:---|---:|:---:|\n| 宽度 | ").append(r.nextInt(200))
                    .append(" | 按显示列计算 |\n| speed | ").append(r.nextInt(999)).append(" ms | fast |\n\n");
            case 1 -> d.append("```java\nint width = Width.of(\"中文\"); // ").append(n)
                    .append("\nSystem.out.println(width);\n```\n\n");
            case 2 -> d.append("- 第一层 item\n  - second level [link ").append(n).append("](other.md#section-")
                    .append(n).append(")\n    - 第三层 *emphasis* and `code`\n- back to top\n\n");
            default -> d.append("> 引用：").append(ZH[r.nextInt(ZH.length)]).append("\n> > nested ")
                    .append(EN[r.nextInt(EN.length)]).append("\n\n");
        }
    }

    private static void paragraph(StringBuilder d, Random r, String[] pool, int sentences) {
        for (int i = 0; i < sentences; i++) {
            String s = pool[r.nextInt(pool.length)];
            if (r.nextInt(5) == 0) {
                d.append("[").append(s, 0, Math.min(8, s.length())).append("](https://example.com/")
                        .append(r.nextInt(1000)).append(")");
            } else if (r.nextInt(7) == 0) {
                d.append("**").append(s).append("**");
            } else {
                d.append(s);
            }
            d.append(pool == ZH ? "。" : " ");
        }
        d.append("\n\n");
    }
}
