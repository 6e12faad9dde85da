package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.text.Width;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How --help reads at 80 columns. */
class HelpTextTest {
    @TempDir
    Path dir;

    @Test
    void environmentWrapsAtSpacesWithAHangingIndent() {
        Run run = Run.folio(new FakeEnvironment(dir), "--help");
        String help = run.out();
        List<String> environment = help.substring(help.indexOf("Environment:")).lines().skip(1).toList();
        assertTrue(environment.size() >= FolioCommand.ENVIRONMENT.size(), help);
        int column = environment.get(0).indexOf("set and not empty");
        for (String line : environment) {
            assertTrue(Width.of(line) <= 80, line);
            if (line.isBlank()) {
                continue;
            }
            assertTrue(line.startsWith("  "), "every line indented: " + line);
            boolean continuation = line.charAt(2) == ' ';
            if (continuation) {
                assertEquals(column, line.length() - line.stripLeading().length(), "hanging indent: " + line);
            } else {
                assertTrue(line.charAt(column - 1) == ' ' && line.charAt(column) != ' ', "text in one column: " + line);
            }
        }
        String joined = String.join(" ", environment.stream().map(String::strip).toList());
        for (String[] variable : FolioCommand.ENVIRONMENT) {
            assertTrue(joined.contains(variable[1]), "words and paths kept whole: " + variable[1]);
        }
    }
}
