package dev.folio.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.viewer.KeyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key tables people read (README, built-in guide) are the key map itself, never a stale copy. */
class KeyTablesTest {
    private static final String START = "<!-- keys:start";
    private static final String END = "<!-- keys:end -->";

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "src/main/resources/dev/folio/guide.md"})
    void keyTableIsGeneratedFromTheKeyMap(String file) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        int start = text.indexOf('\n', text.indexOf(START)) + 1;
        int end = text.indexOf(END);
        if (Boolean.getBoolean("docs.update")) { // mvn test -Ddocs.update=true rewrites the table; review the diff
            text = text.substring(0, start) + KeyMap.defaults().markdownTable() + text.substring(end);
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
            end = text.indexOf(END);
        }
        assertEquals(KeyMap.defaults().markdownTable().strip(), text.substring(start, end).strip(),
                file + " has a key table that differs from the key map; paste KeyMap.defaults().markdownTable()");
    }
}
