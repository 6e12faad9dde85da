package dev.folio.markdown;

import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static List<Block.Heading> headings(String markdown) {
        return Docs.all(parse(markdown), Block.Heading.class);
    }

    @Test
    void atxAndSetextHeadingsKeepTheirLevel() {
        List<Block.Heading> hs = headings("""
                # One
                ## Two
                ###### Six

                Setext one
                ==========

                Setext two
                ----------
                """);
        assertEquals(List.of(1, 2, 6, 1, 2), hs.stream().map(Block.Heading::level).toList());
        assertEquals("Setext one", Inlines.plainText(hs.get(3).content()));
    }

    @Test
    void anchorsFollowGitHubSlugRules() {
        List<Block.Heading> hs = headings("""
                # Hello, World!
                ## Use `folio -p` *now*
                ## API_v2 — notes
                """);
        assertEquals(List.of("hello-world", "use-folio--p-now", "api_v2--notes"),
                hs.stream().map(Block.Heading::anchor).toList());
    }

    @Test
    void chineseHeadingsKeepTheirCharactersAndDropFullWidthPunctuation() {
        List<Block.Heading> hs = headings("""
                ## 安装 指南
                ## 使用：快速开始（三步）
                """);
        assertEquals("安装-指南", hs.get(0).anchor());
        assertEquals("使用快速开始三步", hs.get(1).anchor());
    }

    @Test
    void duplicateHeadingsGetNumberedAnchors() {
        List<Block.Heading> hs = headings("""
                # Intro
                # Intro
                # Intro-1
                # Intro
                """);
        assertEquals(List.of("intro", "intro-1", "intro-1-1", "intro-2"),
                hs.stream().map(Block.Heading::anchor).toList());
    }

    @Test
    void headingLinesAreOneBased() {
        List<Block.Heading> hs = headings("text\n\n# A\n\n\n## B\n");
        assertEquals(List.of(3, 6), hs.stream().map(Block.Heading::line).toList());
    }

    @Test
    void titleIsTheFirstHeadingText() {
        Document doc = parse("Intro text.\n\n## First *styled* title\n\n# Second\n");
        assertEquals("First styled title", doc.title());
    }

    @Test
    void titleIsEmptyWithoutHeadingOrFrontMatter() {
        assertEquals("", parse("just text\n").title());
        assertEquals("", parse("").title());
    }
}
