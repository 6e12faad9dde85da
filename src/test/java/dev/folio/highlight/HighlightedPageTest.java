package dev.folio.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.PageText;
import dev.folio.layout.Role;
import dev.folio.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real highlighter on samples/code.md, a block in every language folio knows: highlighting
 * changes roles only, never the text, its widths or where lines wrap.
 */
class HighlightedPageTest {
    private static final Set<Role> TOKENS = EnumSet.range(Role.CODE_KEYWORD, Role.CODE_META);

    static Stream<Block.CodeBlock> blocks() throws IOException {
        Document doc = new MarkdownParser().parse(Files.readString(Path.of("samples/code.md")));
        return doc.blocks().stream().filter(b -> b instanceof Block.CodeBlock).map(b -> (Block.CodeBlock) b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void highlightingNeverChangesTextOrWidths(Block.CodeBlock block) {
        Document one = new Document(List.of(block), "");
        SyntaxHighlighter highlighter = new SyntaxHighlighter();
        boolean known = Language.find(block.info().strip()).isPresent();
        for (int width : new int[] {1, 7, 20, 24, 33, 50, 80, 120}) {
            Page plain = Layout.of(one, LayoutOptions.of(width));
            Page coloured = Layout.of(one, LayoutOptions.of(width).withHighlighter(highlighter));
            assertEquals(PageText.render(plain), PageText.render(coloured), "width " + width);
            for (int i = 0; i < plain.lines().size(); i++) {
                Line a = plain.lines().get(i);
                Line b = coloured.lines().get(i);
                assertEquals(List.of(a.width(), a.wrap(), a.content()), List.of(b.width(), b.wrap(), b.content()),
                        "width " + width + ", line " + i);
            }
            boolean tokens = coloured.lines().stream().flatMap(l -> l.spans().stream()).anyMatch(s -> TOKENS.contains(s.role()));
            assertEquals(known, tokens, block.info() + " at width " + width);
        }
    }

    @Test
    void theSampleHasABlockInEveryLanguageTheIssueNames() throws IOException {
        List<String> infos = blocks().map(b -> b.info().strip()).toList();
        for (String name : List.of("java", "kotlin", "scala", "python", "js", "ts", "go", "rs", "c", "c++", "cs", "php",
                "rb", "sh", "powershell", "json", "yaml", "toml", "ini", "sql", "html", "xml", "css", "markdown", "diff",
                "dockerfile", "makefile", "lua", "perl")) {
            assertTrue(infos.contains(name), name);
        }
        assertFalse(Language.find("brainfuck").isPresent());
    }
}
