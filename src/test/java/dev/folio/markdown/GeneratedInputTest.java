package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.folio.doc.Document;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random mixtures of Markdown and HTML syntax. The conversion runs without the parser's safety
 * net (which would hide a bug behind the plain-text fallback) and must never throw.
 */
class GeneratedInputTest {
    private static final String[] TOKENS = {
        "*", "**", "_", "`", "``", "[", "]", "(", ")", "!", "<", ">", "&amp;", "&#27;", "&#x1b;", "&", "\\",
        "\n", "\n\n", "> ", "- ", "1. ", "- [ ] ", "| ", " |", "|---|", "---\n", "# ", "## ", "===\n", " ", "   ",
        "\t", "a", "word", "中文", ":smile:", ":", "[^1]", "\n[^1]: note\n", "![alt](i.png)", "[l](u \"t\")",
        "<b>", "</b>", "<i>", "</i>", "<br>", "<a href=\"x\">", "</a>", "<img src=i.png alt=\"x\">",
        "<details>", "</details>", "<summary>", "</summary>", "<svg>", "</svg>", "<title>", "</title>",
        "<video src=v.mp4>", "</video>", "<picture>", "<source srcset=s.avif>", "</picture>", "<!--", "-->",
        "<div>\n", "</div>\n", "<pre>", "</pre>", "<script>", "</script>", "```", "```js\n", "~~", "[!NOTE]",
        "\n---\ntitle: t\n---\n", "Term\n: def\n", "<https://x.example>", "www.y.example", "\r\n", "\r", "\u0000"
    };

    private static final FlexmarkSetup FLEXMARK = new FlexmarkSetup();

    static Stream<String> inputs() {
        Random random = new Random(20240501);
        return IntStream.range(0, 400).mapToObj(i -> {
            StringBuilder md = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int t = 0; t < length; t++) {
                md.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            return md.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void conversionNeverThrows(String markdown) {
        String source = SourceText.normalise(markdown);
        Document doc = assertDoesNotThrow(() -> new DocumentConverter(FLEXMARK.parser.parse(source), new EmojiText(FLEXMARK.options)).convert());
        assertFalse(Docs.text(doc).contains("\r"));
    }
}
