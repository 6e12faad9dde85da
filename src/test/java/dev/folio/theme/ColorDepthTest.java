package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorDepthTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "truecolor, xterm, TRUE_COLOR",
        "24bit, -, TRUE_COLOR",
        "-, xterm-direct, TRUE_COLOR",
        "-, xterm-256color, PALETTE_256",
        "-, tmux-256color, PALETTE_256",
        "-, xterm, BASIC_16",
        "-, -, BASIC_16",
        "yes, screen, BASIC_16"})
    void followsColortermThenTerm(String colorterm, String term, ColorDepth expected) {
        Map<String, String> env = new HashMap<>();
        env.put("COLORTERM", colorterm);
        env.put("TERM", term);
        assertEquals(expected, ColorDepth.detect(env::get));
    }
}
