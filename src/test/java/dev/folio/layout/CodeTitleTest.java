package dev.folio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A code fence's title (a file name, usually) is the block's label line, with its language. */
class CodeTitleTest {
    private static List<String> lines(Block.CodeBlock code, int width) {
        return Layout.of(new Document(List.of(code), ""), LayoutOptions.of(width)).lines().stream().map(Line::text).toList();
    }

    @Test
    void theTitleLeadsTheLabelLineAndTheLanguageFollows() {
        List<String> shown = lines(new Block.CodeBlock("py", "print(1)", 1, "src/a.py"), 40);
        assertEquals("  src/a.py  ‹py›", shown.get(0));
        assertEquals("  print(1)", shown.get(1));
        Line label = Layout.of(new Document(List.of(new Block.CodeBlock("py", "x", 1, "a.py")), ""), LayoutOptions.of(40)).lines().get(0);
        assertTrue(label.spans().stream().anyMatch(s -> s.role() == Role.CODE_INFO && s.text().contains("a.py")));
    }

    @Test
    void aTitleWithoutALanguageAndALongTitleThatWraps() {
        assertEquals("  notes.txt", lines(new Block.CodeBlock("", "x", 1, "notes.txt"), 40).get(0));
        String title = "a/very/long/path/to/some/deeply/nested/config/file.toml";
        for (String line : lines(new Block.CodeBlock("toml", "x = 1", 1, title), 30)) {
            assertTrue(dev.folio.text.Width.of(line) <= 30, line);
        }
        assertTrue(String.join("", lines(new Block.CodeBlock("toml", "x = 1", 1, title), 30)).replace(" ", "").contains(title),
                "every character of it is kept");
    }
}
