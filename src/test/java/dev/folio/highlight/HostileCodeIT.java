package dev.folio.highlight;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.TokenRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every tokenizer on input meant to trip it: runs stay inside their lines, and nothing hangs or throws. */
class HostileCodeIT {
    private static final String PIECES = "\"'`/*#<!-->${}()[]\\\n@%;:=+-\t x 9 中文 👨‍👩‍👧 e\u0301 \u202e <?php ?> <![CDATA[ ]]> \"\"\" ''' --[[ ]] =begin =end <<EOF";

    @ParameterizedTest
    @EnumSource(Language.class)
    void randomFragmentsAndOneHugeLine(Language language) {
        List<String> lines = randomLines(new Random(language.ordinal()), 400);
        lines.add("\"" + "a\\\"".repeat(30_000));
        lines.add("/*" + "(".repeat(20_000));
        String name = language.name().toLowerCase().replace('_', '-');
        String alias = Language.find(name).isPresent() ? name : firstAliasOf(language);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<TokenRun> runs = new SyntaxHighlighter().highlight(alias, lines);
            for (TokenRun run : runs) {
                assertTrue(run.line() < lines.size() && run.end() <= lines.get(run.line()).length(), run.toString());
            }
        });
    }

    private static String firstAliasOf(Language language) {
        for (String candidate : new String[] {"cpp", "csharp", "jsonc", "vb", "asm", "properties"}) {
            if (Language.find(candidate).orElse(null) == language) {
                return candidate;
            }
        }
        throw new AssertionError("no name for " + language + " in the test");
    }

    private static List<String> randomLines(Random random, int count) {
        String[] pieces = PIECES.split(" ");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                line.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    line.append(' ');
                }
            }
            lines.add(line.toString().replace('\n', ' ').replace('\t', ' '));
        }
        return lines;
    }
}
