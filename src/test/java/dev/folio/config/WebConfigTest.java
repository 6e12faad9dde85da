package dev.folio.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code [web]} table: timeout, where web pages open, the cache's size; mistakes name the line. */
class WebConfigTest {
    private static final Path FILE = Path.of("/home/ann/.config/folio/folio.toml");

    private static Config.Web web(String toml) throws ConfigException {
        return ConfigReader.parse(toml, FILE, Path.of("/home/ann")).web();
    }

    private static String mistake(String toml) {
        return assertThrows(ConfigException.class, () -> web(toml)).getMessage();
    }

    @Test
    void settings() throws ConfigException {
        Config.Web web = web("[web]\ntimeout = 2.5\npages = \"Folio\"\ncache-size = \"10M\"\n");
        assertEquals(Duration.ofMillis(2500), web.timeout().orElseThrow().value());
        assertEquals("folio", web.pages().orElseThrow().value());
        assertEquals(10L << 20, web.cacheSize().orElseThrow().value());
        assertEquals(Duration.ofSeconds(30), web("[web]\ntimeout = 30").timeout().orElseThrow().value());
        assertEquals(Config.Web.none(), web(""));
    }

    @Test
    void mistakes() {
        assertEquals(FILE + ":2: web: unknown key 'time' (known: timeout, pages, cache-size)", mistake("[web]\ntime = 3"));
        assertEquals(FILE + ":2: web.timeout must be a number of seconds above 0 and at most 3600, not 0", mistake("[web]\ntimeout = 0"));
        assertEquals(FILE + ":2: web.timeout must be a number of seconds above 0 and at most 3600, not \"10\"", mistake("[web]\ntimeout = \"10\""));
        assertEquals(FILE + ":2: web.pages must be \"browser\" or \"folio\", not \"lynx\"", mistake("[web]\npages = \"lynx\""));
        assertEquals(FILE + ":2: web.cache-size: 'lots' is not a size (examples: 64M, 512K, 1G)", mistake("[web]\ncache-size = \"lots\""));
        assertEquals(FILE + ":1: web must be a table: a line [web], then lines like timeout = 10", mistake("web = 3"));
    }
}
