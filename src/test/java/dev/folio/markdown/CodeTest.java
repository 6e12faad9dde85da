package dev.folio.markdown;

import static dev.folio.markdown.Docs.inlines;
import static dev.folio.markdown.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTest {

    @Test
    void fencedCodeKeepsTheFirstWordOfItsInfoString() {
        Block.CodeBlock code = only("```java title=\"x\"\nint x;\n```\n", Block.CodeBlock.class);
        assertEquals("java", code.info());
        assertEquals("int x;", code.text());
    }

    @Test
    void indentedCodeHasNoInfoAndNoTrailingBlankLines() {
        Block.CodeBlock code = only("    a\n      b\n\n\n", Block.CodeBlock.class);
        assertEquals("", code.info());
        assertEquals("a\n  b", code.text());
    }

    @Test
    void tabsExpandToFourColumnStopsCountedInDisplayColumns() {
        Block.CodeBlock code = only("```\n\tx\na\tb\nabcd\te\n中\tf\n```\n", Block.CodeBlock.class);
        assertEquals("    x\na   b\nabcd    e\n中  f", code.text());
    }

    @Test
    void longLinesAreNotReflowed() {
        String line = "x".repeat(300) + " " + "y".repeat(300);
        assertEquals(line, only("```\n" + line + "\n```\n", Block.CodeBlock.class).text());
    }

    @Test
    void codeSpansFollowCommonMark() {
        assertEquals(List.of(new Inline.Code("a b")), inlines("`` a\nb ``"));
        assertEquals(List.of(new Inline.Code("`x`")), inlines("`` `x` ``"));
        assertEquals(List.of(new Inline.Code("  ")), inlines("`  `"));
    }

    @Test
    void aFencesTitleAttributeIsKeptInEveryCommonForm() {
        assertEquals("x", only("```java title=\"x\"\nint x;\n```\n", Block.CodeBlock.class).title());
        assertEquals("src/a.py", only("```py title='src/a.py' linenums=\"1\"\nx\n```\n", Block.CodeBlock.class).title());
        assertEquals("a.py", only("```py title=a.py\nx\n```\n", Block.CodeBlock.class).title());
        assertEquals("配置 文件.toml", only("```toml {title=\"配置 文件.toml\"}\nx\n```\n", Block.CodeBlock.class).title());
        assertEquals("", only("```py subtitle=x\nx\n```\n", Block.CodeBlock.class).title(), "only the title attribute");
        assertEquals("", only("```py\nx\n```\n", Block.CodeBlock.class).title());
    }
}
