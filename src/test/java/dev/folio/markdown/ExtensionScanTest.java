package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.markdown.ExtensionScan.Extension;
import dev.folio.testing.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scan finds each extension's syntax, and parsing with only what it finds changes nothing. */
class ExtensionScanTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    /** One short input per extension (and what it needs), and inputs that look close but need none. */
    private static final List<Object[]> SNIPPETS = List.of(
            new Object[] {"| a | b |\n|---|---|\n| 1 | 2 |\n", EnumSet.of(Extension.TABLES)},
            new Object[] {"~~gone~~ text\n", EnumSet.of(Extension.STRIKETHROUGH)},
            new Object[] {"- [x] done\n- [ ] to do\n", EnumSet.of(Extension.TASK_LISTS)},
            new Object[] {"see www.example.org or a@b.org\n", EnumSet.of(Extension.AUTOLINKS)},
            new Object[] {"text[^1]\n\n[^1]: note\n", EnumSet.of(Extension.TASK_LISTS, Extension.FOOTNOTES)},
            new Object[] {"---\ntitle: T\n---\n\n# Body\n", EnumSet.of(Extension.FRONT_MATTER)},
            new Object[] {"Term\n: its definition\n", EnumSet.of(Extension.DEFINITIONS)},
            new Object[] {"> Term\n> : in a quote\n", EnumSet.of(Extension.DEFINITIONS)},
            new Object[] {"a :smile: face\n", EnumSet.of(Extension.EMOJI)},
            new Object[] {"!!! note \"Title\"\n    body\n", EnumSet.of(Extension.ADMONITIONS)},
            new Object[] {"# Just a heading\n\nAnd *some* `code`, a time 12:30 and a: colon.\n", EnumSet.noneOf(Extension.class)});

    @Test
    void eachExtensionIsFoundByItsSyntax() {
        for (Object[] s : SNIPPETS) {
            assertEquals(s[1], ExtensionScan.of(PrePasses.apply(SourceText.normalise((String) s[0]))), (String) s[0]);
        }
    }

    @Test
    void parsingWithTheExtensionsFoundIsParsingWithAll() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Object[] s : SNIPPETS) {
            sources.add((String) s[0]);
        }
        // Near misses: the marker without the rest of the syntax.
        sources.addAll(List.of("a | b\n", "~ a\n", "[link](x) and [ ] box\n", "a@\n", "[^] x\n", "--- \n", ":x\n", "::\n", "!!!\n",
                "???+ tip\n    body\n", "| a |\n", "1. ~~x~~ [^a]\n\n[^a]: :+1: www.x.org\n"));
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                sources.add(Files.readString(p));
            }
        }
        try (var guide = ExtensionScanTest.class.getResourceAsStream("/dev/folio/guide.md")) {
            sources.add(new String(guide.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        sources.forEach(ExtensionScanTest::assertSameAsWithAll);
    }

    @Test
    void theSeedArticleToo() throws IOException {
        assertSameAsWithAll(Files.readString(Seed.article()));
    }

    private static void assertSameAsWithAll(String text) {
        String source = PrePasses.apply(SourceText.normalise(text));
        assertEquals(PARSER.parseNormalised(source, EnumSet.allOf(Extension.class)), PARSER.parseNormalised(source),
                "with " + ExtensionScan.of(source) + ": " + text.substring(0, Math.min(60, text.length())));
    }
}
