package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deciding dark or light: the terminal's answer, then COLORFGBG, then dark. */
class BackgroundTest {
    @ParameterizedTest
    @CsvSource({"000000, DARK", "1c1c1c, DARK", "002b36, DARK", "282c34, DARK", "ffffff, LIGHT", "fdf6e3, LIGHT",
        "eeeeee, LIGHT", "c0c0c0, LIGHT", "0000ff, DARK", "ffff00, LIGHT"})
    void brightnessDecides(String rgb, Background expected) {
        assertEquals(expected, Background.of(Integer.parseInt(rgb, 16)));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"15;0, DARK", "0;15, LIGHT", "7;0, DARK", "0;7, LIGHT", "12;default;8, DARK",
        "0;default;15, LIGHT", "default;default, -", "'', -", "-, -", "15;0;, -", "0;255, LIGHT", "15;16, DARK", "garbage, -"})
    void colorFgBgNamesTheBackgroundLast(String value, Background expected) {
        assertEquals(Optional.ofNullable(expected), Background.fromColorFgBg(value));
    }

    @Test
    void theTerminalsAnswerComesFirst() {
        Map<String, String> env = env("xterm-256color", "15;0");
        assertEquals(Background.LIGHT, BackgroundDetector.detect(env::get, true, () -> Optional.of(Background.LIGHT)));
    }

    @Test
    void withoutAnAnswerColorFgBgThenDark() {
        assertEquals(Background.LIGHT, BackgroundDetector.detect(env("xterm", "0;15")::get, true, Optional::empty));
        assertEquals(Background.DARK, BackgroundDetector.detect(env("xterm", null)::get, true, Optional::empty));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"false, xterm", "true, dumb", "true, -", "true, ''"})
    void aTerminalThatCannotAnswerIsNotAsked(boolean stdoutIsTerminal, String term) {
        AtomicInteger asked = new AtomicInteger();
        Supplier<Optional<Background>> ask = () -> {
            asked.incrementAndGet();
            return Optional.of(Background.DARK);
        };
        assertEquals(Background.LIGHT, BackgroundDetector.detect(env(term, "0;15")::get, stdoutIsTerminal, ask));
        assertEquals(0, asked.get());
    }

    private static Map<String, String> env(String term, String colorFgBg) {
        Map<String, String> env = new HashMap<>();
        env.put("TERM", term);
        env.put("COLORFGBG", colorFgBg);
        return env;
    }
}
