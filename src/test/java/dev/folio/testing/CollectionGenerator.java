package dev.folio.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a collection like the one folio was started for: {@code docs/} with N translated
 * articles (a Chinese title as {@code # 标题}, a {@code > 原文：<https://example.com/slug/>}
 * line, Chinese and English paragraphs, links to other articles both as local files and as
 * their web originals, a site-relative link, images), an {@code img/} folder, and a
 * {@code SUMMARY.md} with one {@code + [中文标题](docs/slug.md)} line per article. The same
 * arguments write the same bytes.
 *
 * <p>Also a program, with no dependencies, for benchmarks:
 * {@code java src/test/java/dev/folio/testing/CollectionGenerator.java OUT_DIR N [KB_PER_ARTICLE]}
 */
public final class CollectionGenerator {
    public static final String SITE = "https://example.com/";
    private static final String[] TOPICS = {
        "云原生", "容器编排", "服务网格", "可观测性", "持续交付", "边缘计算", "无服务器", "数据库",
        "安全策略", "机器学习", "微服务", "网络插件", "存储卷", "开源社区", "平台工程", "开发者体验",
    };
    private static final String[] VERBS = {"如何改变", "为什么需要", "重新思考", "走向成熟的", "深入理解", "规模化的"};
    private static final String[] NOUNS = {"架构", "团队", "基础设施", "工作负载", "发布流程", "运维实践", "生态系统", "成本"};
    private static final String[] ZH = {
        "云原生架构将多区域部署视为默认设置，而不是事后的补充。", "开发团队希望在不离开终端的情况下浏览资料。",
        "这一段混排了 English words、数字 2026 和全角标点。", "平台团队负责为开发者提供自助式的基础设施。",
        "可观测性不仅仅是日志、指标和追踪的简单组合。", "容器镜像应该尽可能小，并且只包含运行所需的内容。",
        "服务网格在应用之外处理重试、超时和加密。", "许多企业在迁移过程中低估了数据的重力。",
        "开源项目的文档通常以 Markdown 写成，并放在一个文件夹里。", "持续交付的关键在于让每一次发布都变得平淡无奇。",
    };
    private static final String[] EN = {
        "Kubernetes schedules workloads across a cluster of machines.",
        "A service mesh moves retries and encryption out of the application.",
        "Observability starts with asking questions you did not plan for.",
        "Platform teams build paved roads so that developers can ship faster.",
    };
    private static final String[] SLUG_WORDS = {
        "kubernetes", "cloud", "native", "mesh", "edge", "serverless", "database", "security", "platform",
        "observability", "delivery", "containers", "open", "source", "developer", "network", "storage",
    };
    /** A 1×1 PNG: enough for a file the viewer's media list names. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final int count;
    private final int bytesPerArticle;

    /**
     * @param count           how many articles (at most 15,000 is what the benchmarks use)
     * @param bytesPerArticle about how large each article is (13,000 × 11.5 KB ≈ 150 MB)
     */
    public CollectionGenerator(int count, int bytesPerArticle) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        this.count = count;
        this.bytesPerArticle = bytesPerArticle;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CollectionGenerator OUT_DIR N [KB_PER_ARTICLE]");
            System.exit(2);
        }
        int kb = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        new CollectionGenerator(Integer.parseInt(args[1]), kb * 1024).write(Path.of(args[0]));
    }

    /** The slug of article {@code i} (0-based): its file is {@code docs/SLUG.md}, its original {@code SITE + SLUG + "/"}. */
    public static String slug(int i) {
        Random r = new Random(i * 7919L);
        return String.format("%05d-%s-%s", i + 1, SLUG_WORDS[r.nextInt(SLUG_WORDS.length)], SLUG_WORDS[r.nextInt(SLUG_WORDS.length)]);
    }

    /** The Chinese title of article {@code i}; titles differ (the number makes sure). */
    public static String title(int i) {
        Random r = new Random(i * 104729L);
        return TOPICS[r.nextInt(TOPICS.length)] + VERBS[r.nextInt(VERBS.length)] + NOUNS[r.nextInt(NOUNS.length)]
                + "（第 " + (i + 1) + " 篇）";
    }

    public static String originalOf(int i) {
        return SITE + slug(i) + "/";
    }

    public Path article(Path root, int i) {
        return root.resolve("docs").resolve(slug(i) + ".md");
    }

    /** Writes the collection under {@code root}; returns the SUMMARY.md. */
    public Path write(Path root) throws IOException {
        Path docs = Files.createDirectories(root.resolve("docs"));
        Path img = Files.createDirectories(root.resolve("img"));
        StringBuilder summary = new StringBuilder("# 目录\n\n");
        for (int i = 0; i < count; i++) {
            String slug = slug(i);
            summary.append("+ [").append(title(i)).append("](docs/").append(slug).append(".md)\n");
            if (i % 10 == 0) {
                Files.write(img.resolve(slug + ".png"), PNG);
            }
            Files.writeString(docs.resolve(slug + ".md"), article(i), StandardCharsets.UTF_8);
        }
        Path index = root.resolve("SUMMARY.md");
        Files.writeString(index, summary, StandardCharsets.UTF_8);
        return index;
    }

    /** The text of article {@code i}. */
    public String article(int i) {
        Random r = new Random(i);
        StringBuilder d = new StringBuilder();
        d.append("# ").append(title(i)).append("\n\n");
        d.append("> 原文：<").append(originalOf(i)).append(">\n\n");
        int next = (i + 1) % count;
        // Another article's original: never the article's own (a link to itself opens nothing new).
        int other = count == 1 ? i : (i + 1 + r.nextInt(count - 1)) % count;
        d.append("本文介绍").append(TOPICS[i % TOPICS.length]).append("，另见[").append(title(next)).append("](")
                .append(slug(next)).append(".md)和[原文](").append(originalOf(other)).append(")，以及分类 [")
                .append(TOPICS[other % TOPICS.length]).append("](/category/").append(SLUG_WORDS[other % SLUG_WORDS.length])
                .append("/)。\n\n");
        if (i % 10 == 0) {
            d.append("![示意图](../img/").append(slug(i)).append(".png)\n\n");
        }
        int section = 0;
        while (utf8Length(d) < bytesPerArticle) {
            section++;
            d.append("## 第 ").append(section).append(" 节\n\n");
            for (int p = 0; p < 3; p++) {
                for (int s = 0; s < 4; s++) {
                    d.append(ZH[r.nextInt(ZH.length)]);
                }
                d.append("\n\n");
            }
            d.append(EN[r.nextInt(EN.length)]).append(' ').append(EN[r.nextInt(EN.length)]).append("\n\n");
        }
        return d.toString();
    }

    private static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
