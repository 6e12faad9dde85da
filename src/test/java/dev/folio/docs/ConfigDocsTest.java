package dev.folio.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.config.Config;
import dev.folio.config.ConfigReader;
import dev.folio.open.OpenerKind;
import dev.folio.viewer.Action;
import dev.folio.viewer.Key;
import dev.folio.viewer.KeyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/config.md documents every setting and action; the example file is a valid config. */
class ConfigDocsTest {
    private static final Path DOC = Path.of("docs/config.md");
    private static final Path EXAMPLE = Path.of("docs/folio.toml.example");

    @Test
    void theExampleIsAConfigFolioAccepts() throws Exception {
        Config example = ConfigReader.read(EXAMPLE, Path.of("/home/ann"));
        assertTrue(example.width().isPresent(), "the example shows settings, not only comments");
    }

    @Test
    void theExamplesSettingsInCommentsAreValidToo() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8).replaceAll("(?m)^# ([a-z-]+ = .*)$", "$1");
        Path uncommented = Files.writeString(Files.createTempFile("folio", ".toml"), text);
        try {
            Config all = ConfigReader.read(uncommented, Path.of("/home/ann"));
            assertEquals(OpenerKind.values().length, all.openers().size());
            assertEquals(Action.QUIT, all.keys().action(Key.ctrl('q')).orElseThrow());
        } finally {
            Files.delete(uncommented);
        }
    }

    @Test
    void everySettingAndOpenerKindIsDocumented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String key : List.of("theme", "width", "align", "ambiguous-wide", "hyperlinks", "color", "watch",
                "images", "image-height", "wrap-code", "line-numbers")) {
            assertTrue(doc.contains("| `" + key + "` |"), key);
        }
        for (OpenerKind kind : OpenerKind.values()) {
            assertTrue(doc.contains("| `" + kind.configName() + "` |"), kind.configName());
        }
        for (String key : List.of("timeout", "cache-size", "pages")) {
            assertTrue(doc.contains("| `" + key + "` |"), "web." + key);
        }
    }

    @Test
    void theActionTableIsGeneratedFromTheKeyMap() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf('\n', doc.indexOf("<!-- actions:start")) + 1;
        int end = doc.indexOf("<!-- actions:end -->");
        if (Boolean.getBoolean("docs.update")) { // mvn test -Ddocs.update=true rewrites the table; review the diff
            doc = doc.substring(0, start) + actionTable() + "\n" + doc.substring(end);
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
            end = doc.indexOf("<!-- actions:end -->");
        }
        assertEquals(actionTable(), doc.substring(start, end).strip(),
                DOC + " has an action table that differs from the key map");
    }

    /** One row per action: its name in [keys], its default keys as TOML, what it does. */
    static String actionTable() {
        StringBuilder sb = new StringBuilder("| Action | Default keys | What it does |\n| --- | --- | --- |\n");
        for (Action a : Action.values()) {
            List<String> keys = new ArrayList<>();
            for (Key k : KeyMap.defaults().keys(a)) {
                keys.add("\"" + KeyMap.keyName(k) + "\"");
            }
            String help = a.help().replace("|", "\\|");
            sb.append("| `").append(a.configName()).append("` | `[").append(String.join(", ", keys)).append("]` | ")
                    .append(Character.toUpperCase(help.charAt(0))).append(help.substring(1)).append(" |\n");
        }
        return sb.toString().strip();
    }
}
