package dev.folio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadsTest {
    @TempDir
    Path dir;

    @Test
    void articleTitleAndOriginalFromTheFirstLines() {
        Head head = Heads.parse("# AWS 加入云计算原生计算基金会\n\n> 原文：<https://thenewstack.io/aws-joins/>\n\n正文");
        assertEquals("AWS 加入云计算原生计算基金会", head.title());
        assertEquals("https://thenewstack.io/aws-joins/", head.sourceUrl());
        assertEquals(EntryKind.DOCUMENT, head.kind());
    }

    @Test
    void sourceAndOriginalLinesInEnglishAndAsLinks() {
        assertEquals("https://a.example/x", Heads.parse("# T\n\nSource: [the post](https://a.example/x)\n").sourceUrl());
        assertEquals("https://b.example/y", Heads.parse("# T\n*Original:* https://b.example/y\n").sourceUrl());
        assertEquals("https://c.example/z", Heads.parse("# T\n\n原文：\nhttps://c.example/z\n").sourceUrl());
    }

    @Test
    void frontMatterTitleWhenThereIsNoHeading() {
        Head head = Heads.parse("---\ntitle: \"笔记：容器\"\ncanonical_url: https://blog.example/notes\n---\n\nText only.\n");
        assertEquals("笔记：容器", head.title());
        assertEquals("https://blog.example/notes", head.sourceUrl());
    }

    @Test
    void firstHeadingWinsOverFrontMatterAndInlineMarkupIsDropped() {
        assertEquals("Real title", Heads.parse("---\ntitle: Meta\n---\n# Real **title**\n").title());
        assertEquals("See docs", Heads.parse("# See [docs](x.md) #\n").title());
    }

    @Test
    void setextHeadingAndNoTitleAtAll() {
        assertEquals("Chapter One", Heads.parse("Chapter One\n===========\n\ntext").title());
        assertNull(Heads.parse("just a paragraph\nand another line\n").title());
    }

    @Test
    void headingInsideFencedCodeIsNotTheTitle() {
        assertEquals("After", Heads.parse("```sh\n# comment\n```\n\n# After\n").title());
    }

    @Test
    void binaryAndUnreadableFilesAreSaidSo() throws IOException {
        Path binary = dir.resolve("x.md");
        Files.write(binary, new byte[] {'#', ' ', 'a', 0, 1, 2, 3});
        assertEquals(EntryKind.BINARY, Heads.read(binary).kind());
        assertEquals(EntryKind.UNREADABLE, Heads.read(dir.resolve("missing.md")).kind());
    }

    @Test
    void onlyTheFirstBytesAreReadAndACutCharacterIsForgiven() throws IOException {
        Path big = dir.resolve("big.md");
        // 3-byte characters put a cut right at the 8 KB boundary.
        String text = "# 大文件\n\n" + "中".repeat(Heads.HEAD_BYTES) + "\n";
        Files.writeString(big, text, StandardCharsets.UTF_8);
        Head head = Heads.read(big);
        assertEquals("大文件", head.title());
        assertEquals(EntryKind.DOCUMENT, head.kind());
    }

    @Test
    void legacyEncodingStillGivesATitle() throws IOException {
        Path gb = dir.resolve("gb.md");
        Files.write(gb, "# 中文标题\n\n这是用 GB18030 编码的一段比较长的中文文字，用来让检测器有足够的依据。\n".repeat(3)
                .getBytes(Charset.forName("GB18030")));
        assertEquals("中文标题", Heads.read(gb).title());
    }

    @Test
    void controlCharactersNeverReachATitle() {
        assertEquals("a b", Heads.parse("# a\u001b b\n").title().replace("  ", " "));
    }

    @Test
    void headingAttributeListsAreNotPartOfATitle() {
        assertEquals("Markdown from the wild", Heads.parse("# Markdown from the wild {#top}\n").title());
        assertEquals("概念", Heads.parse("## 概念 {#concepts .intro data-x=1}\n").title());
        assertEquals("Setup", Heads.parse("Setup {: .big}\n=====\n").title());
        assertEquals("Sets {a, b}", Heads.parse("# Sets {a, b}\n").title(), "braces that are no attribute list stay");
    }
}
