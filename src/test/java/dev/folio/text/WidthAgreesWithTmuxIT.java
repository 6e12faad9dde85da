package dev.folio.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The width function must put the cursor where a real terminal puts it, or columns drift. */
class WidthAgreesWithTmuxIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "AWS 加入云计算原生计算基金会", "全角，标点。", "😄✅☕⭐", "\uD83C\uDDE8\uD83C\uDDF3 flag",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family", "e\u0301 combining", "\u2764\uFE0F heart",
        "Pokémon · Ω", "☰ trigram", "\uD840\uDC0B ext-B"
    })
    void cursorLandsWhereWidthSays(String text) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Path file = dir.resolve("text");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (Tmux tmux = new Tmux()) {
            tmux.start(80, 5, dir, "cat text; sleep 30");
            tmux.waitFor(s -> !s.isBlank(), 5000);
            assertEquals(String.valueOf(Width.of(text)), tmux.format("#{cursor_x}"), text);
        }
    }
}
