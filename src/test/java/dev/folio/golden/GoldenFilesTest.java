package dev.folio.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.folio.testing.Seed;

import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.PageText;
import dev.folio.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples and the seed article as a reader sees them, at 40, 80 and 120 columns: plain text,
 * then the regions ({@code L3:4-17 -> b.md}) and anchors. Review a change with {@code git diff};
 * regenerate with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true}.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SEED = "seed article";

    static Stream<Arguments> documents() {
        Stream.Builder<Arguments> all = Stream.builder();
        String[][] docs = {
            {"samples/README.md", "readme"}, {"samples/elements.md", "elements"}, {"samples/links.md", "links"},
            {"samples/zh/指南.md", "zh-guide"}, {"samples/hostile.md", "hostile"}, {SEED, "seed"},
            {"samples/real-world.md", "real-world"},
        };
        for (String[] doc : docs) {
            for (int width : new int[] {40, 80, 120}) {
                all.add(Arguments.of(doc[0], doc[1] + ".w" + width + ".txt", width));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documents")
    void rendersAsReviewed(String source, String golden, int width) throws IOException {
        // The seed lives outside the repository (../shared): skipped without it, failed under CI.
        Path input = source.equals(SEED) ? Seed.article() : Path.of(source);
        String text = Files.readString(input, StandardCharsets.UTF_8);
        // Wiki links looked up as the viewer and print mode do, so an unresolved one shows its note.
        LayoutOptions options = LayoutOptions.of(width)
                .withWiki(dev.folio.viewer.WikiLookup.beside(input.toAbsolutePath().getParent(), dev.folio.open.LinkResolver.system()));
        String actual = PageText.render(Layout.of(new MarkdownParser().parse(text), options));
        Path expected = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        } else if (!Files.exists(expected)) {
            fail("no golden file " + expected + ": write it with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, golden);
    }
}
