package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import dev.folio.text.Width;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a real terminal: a code block and an ASCII table wider than the screen are not wrapped but
 * cut with {@code ›}, and scroll sideways with l / → and back with h / ←; v shows the Markdown
 * source (math as written) and back, at the same place.
 */
@Timeout(120)
class WideBlocksAndSourceInTmuxIT {
    private static final long WAIT = 20_000;
    private static final String TABLE_ROW = "| 服务 | region | replicas | 说明 of the service, in words that go on past any screen | END |";

    @TempDir
    Path dir;

    private String folio(String args) {
        return "XDG_CACHE_HOME=" + dir.resolve("cache") + " XDG_STATE_HOME=" + dir.resolve("state")
                + " XDG_CONFIG_HOME=" + dir.resolve("config") + " XDG_DATA_HOME=" + dir.resolve("data")
                + " TERM=xterm-256color java -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' dev.folio.Main --no-remember " + args;
    }

    private void write() throws Exception {
        Files.writeString(dir.resolve("wide.md"), "# Wide blocks\n\nSome text, then $E=\\frac{a}{m}$ inline.\n\n"
                + "```\n+------+--------+----------+----------------------------------------------------------+-----+\n"
                + TABLE_ROW + "\n```\n\nAfter the table.\n");
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void wideBlocksAreCutWithAMarkAndScrollSideways(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        write();
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, dir, folio("wide.md"));
            String screen = tmux.waitFor(s -> s.contains("After the table"), WAIT);
            assertFalse(screen.contains("↪"), "not wrapped:\n" + screen);
            assertFalse(screen.contains("END"), screen);
            String row = line(screen, "服务");
            assertTrue(row.endsWith("›"), "cut at the edge with a mark:\n" + screen);
            assertTrue(screen.lines().allMatch(l -> Width.of(l) <= columns), screen);
            for (int i = 0; i < 12 && !tmux.screen().contains("END"); i++) {
                tmux.sendKeys(i % 2 == 0 ? "l" : "Right");
                Thread.sleep(150);
            }
            screen = tmux.waitFor(s -> s.contains("END |"), WAIT);
            assertTrue(line(screen, "END").contains("‹"), "the left edge says there is more:\n" + screen);
            assertFalse(line(screen, "END").endsWith("›"), screen);
            assertTrue(screen.lines().allMatch(l -> Width.of(l) <= columns), "wide characters cut at the edge keep the width:\n" + screen);
            for (int i = 0; i < 12; i++) {
                tmux.sendKeys(i % 2 == 0 ? "h" : "Left");
            }
            screen = tmux.waitFor(s -> s.contains("| 服务 |"), WAIT);
            assertFalse(line(screen, "服务").contains("‹"), screen);
            tmux.sendKeys("q");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void vShowsTheSourceAndBack(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        write();
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, dir, folio("wide.md"));
            String rendered = tmux.waitFor(s -> s.contains("After the table"), WAIT);
            assertFalse(rendered.contains("# Wide blocks"), rendered);
            tmux.sendKeys("v");
            String source = tmux.waitFor(s -> s.contains("# Wide blocks"), WAIT);
            assertTrue(source.contains("$E=\\frac{a}{m}$"), "math as written:\n" + source);
            assertTrue(source.contains("```"), source);
            assertTrue(source.lines().allMatch(l -> Width.of(l) <= columns), source);
            assertTrue(source.contains("source 1/"), source);
            tmux.sendKeys("v");
            String back = tmux.waitFor(s -> !s.contains("# Wide blocks") && s.contains("After the table"), WAIT);
            assertTrue(back.contains("line 1/"), back);
            tmux.sendKeys("q");
        }
    }

    private static String line(String screen, String containing) {
        return screen.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(
                () -> new AssertionError("no line with " + containing + ":\n" + screen)).stripTrailing();
    }
}
