package dev.folio.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxHighlighterTest {
    /** language | code (\n between lines) | a piece of it | its role */
    @ParameterizedTest(name = "{0}: {2} is {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "java       | public class A { int x = 42; }          | public        | CODE_KEYWORD",
        "java       | public class A { int x = 42; }          | int           | CODE_TYPE",
        "java       | public class A { int x = 42; }          | 42            | CODE_NUMBER",
        "java       | @Override void f() {}                   | @Override     | CODE_ANNOTATION",
        "java       | String s = \"hi\"; // note               | \"hi\"        | CODE_STRING",
        "java       | String s = \"hi\"; // note               | // note       | CODE_COMMENT",
        "kotlin     | fun main() { val x = 1 }                | fun           | CODE_KEYWORD",
        "scala      | object Main extends App                 | extends       | CODE_KEYWORD",
        "python     | # c                                     | # c           | CODE_COMMENT",
        "python     | def f(): return 'x'                     | def           | CODE_KEYWORD",
        "python     | def f(): return 'x'                     | 'x'           | CODE_STRING",
        "javascript | const re = /a+b/;                       | /a+b/         | CODE_REGEX",
        "typescript | let n: number = 1;                      | number        | CODE_TYPE",
        "go         | func main() { x := 1 }                  | func          | CODE_KEYWORD",
        "rust       | fn main() { let v = 1; }                | let           | CODE_KEYWORD",
        "c          | #include <stdio.h>                      | #include      | CODE_PREPROCESSOR",
        "cpp        | template <typename T> T f();            | template      | CODE_KEYWORD",
        "csharp     | using System;                           | using         | CODE_KEYWORD",
        "php        | <?php echo $name;                       | $name         | CODE_VARIABLE",
        "ruby       | puts \"hi\" # done                      | # done        | CODE_COMMENT",
        "bash       | echo \"$HOME\" # home                   | # home        | CODE_COMMENT",
        "bash       | for f in *; do echo; done               | for           | CODE_KEYWORD",
        "powershell | Get-ChildItem -Recurse                  | Get-ChildItem | CODE_FUNCTION",
        "json       | {\"k\": \"v\", \"n\": 1, \"b\": true}   | \"v\"         | CODE_STRING",
        "json       | {\"k\": \"v\", \"n\": 1, \"b\": true}   | true          | CODE_CONSTANT",
        "yaml       | key: \"value\" # c                      | # c           | CODE_COMMENT",
        "toml       | [package]\\nname = \"folio\" # c         | \"folio\"     | CODE_STRING",
        "toml       | [package]\\nname = \"folio\" # c         | # c           | CODE_COMMENT",
        "ini        | ; note\\n[section]                       | ; note        | CODE_COMMENT",
        "sql        | SELECT name FROM users; -- all          | SELECT        | CODE_KEYWORD",
        "sql        | SELECT name FROM users; -- all          | -- all        | CODE_COMMENT",
        "html       | <p class=\"a\">x</p>                    | class         | CODE_ATTRIBUTE",
        "html       | <p class=\"a\">x</p>                    | <p            | CODE_TAG",
        "xml        | <a><!-- c --></a>                       | <!-- c -->    | CODE_COMMENT",
        "css        | /* c */ p { color: red; }               | /* c */       | CODE_COMMENT",
        "markdown   | # Title                                 | # Title       | CODE_KEYWORD",
        "diff       | @@ -1 +1 @@\\n-old\\n+new                 | -old          | CODE_DELETED",
        "diff       | @@ -1 +1 @@\\n-old\\n+new                 | +new          | CODE_INSERTED",
        "diff       | @@ -1 +1 @@\\n-old\\n+new                 | @@ -1 +1 @@   | CODE_META",
        "dockerfile | FROM debian # base                      | FROM          | CODE_KEYWORD",
        "makefile   | # rule\\nall: $(OBJ)                     | $(OBJ)        | CODE_VARIABLE",
        "lua        | local x = 1 -- one                      | -- one        | CODE_COMMENT",
        "perl       | my $x = 1; # one                        | $x            | CODE_VARIABLE",
    })
    void tokensGetTheirRoles(String language, String code, String piece, Role role) {
        assertEquals(role, Tokens.of(language, code.replace("\\n", "\n")).roleOf(piece));
    }

    @Test
    void aCommentOpenAtTheEndOfALineGoesOnOnTheNext() {
        Tokens t = Tokens.of("java", "int a; /* opens\n still inside\n closes */ long b;");

        assertEquals(Role.CODE_COMMENT, t.roleOf("still inside"));
        assertEquals(Role.CODE_COMMENT, t.roleOf("closes */"));
        assertEquals(Role.CODE_TYPE, t.roleOf("long"));
    }

    @Test
    void aPythonDocstringSpansLines() {
        Tokens t = Tokens.of("python", "s = \"\"\"one\ntwo\"\"\"\nx = 1");

        assertEquals(Role.CODE_STRING, t.roleOf("two"));
        assertEquals(Role.CODE_NUMBER, t.roleOf("1"));
    }

    @Test
    void scriptInsideHtmlIsHighlightedAsScript() {
        Tokens t = Tokens.of("html", "<script>\nvar n = 1;\n</script>");

        assertEquals(Role.CODE_KEYWORD, t.roleOf("var"));
    }

    @Test
    void diffHeadersBeforeTheFirstHunkAreNotChanges() {
        Tokens t = Tokens.of("diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n--- dashes removed");

        assertEquals(Role.CODE_META, t.roleOf("--- a/x"));
        assertEquals(Role.CODE_META, t.roleOf("+++ b/x"));
        assertEquals(Role.CODE_DELETED, t.roleOf("--- dashes removed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "brainfuck", "text", "plaintext", "nohighlight", "{}", "."})
    void unknownOrMissingLanguageIsPlain(String language) {
        assertTrue(Tokens.of(language, "public class A { int x = 1; } // c").allPlain());
    }

    @Test
    void hugeBlocksStayPlainAndEmptyOnesAreFine() {
        String line = "int x = 1; ".repeat(1000);
        List<String> lines = java.util.Collections.nCopies(SyntaxHighlighter.MAX_CHARS / line.length() + 1, line);

        assertEquals(List.of(), new SyntaxHighlighter().highlight("java", lines));
        assertEquals(List.of(), new SyntaxHighlighter().highlight("java", List.of()));
        assertEquals(List.of(), new SyntaxHighlighter().highlight("java", List.of("")));
    }
}
