package dev.folio.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLocationTest {
    private final Path home = Path.of("/home/ann");

    @Test
    void xdgConfigHomeWhenSetAndAbsolute() {
        assertEquals(Path.of("/cfg/folio/folio.toml"), ConfigLocation.of(Map.of("XDG_CONFIG_HOME", "/cfg")::get, home));
    }

    @Test
    void homeDotConfigWhenUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/ann/.config/folio/folio.toml");
        assertEquals(expected, ConfigLocation.of(Map.<String, String>of()::get, home));
        assertEquals(expected, ConfigLocation.of(Map.of("XDG_CONFIG_HOME", "")::get, home));
        assertEquals(expected, ConfigLocation.of(Map.of("XDG_CONFIG_HOME", "cfg")::get, home), "the XDG spec ignores relative paths");
    }
}
