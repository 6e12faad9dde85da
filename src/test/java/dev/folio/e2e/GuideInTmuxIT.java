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
 * The built-in guide, the first screen a new user sees: its code fits without wrapping at 80x24
 * and 60x20, and its sample links work from a directory that has no samples (they come from
 * inside folio).
 */
@Timeout(120)
class GuideInTmuxIT {
    private static final long WAIT = 20_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void theGuideFitsAndItsSampleLinksWorkFromAnyDirectory(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        String folio = "XDG_CACHE_HOME=" + dir.resolve("cache") + " XDG_STATE_HOME=" + dir.resolve("state")
                + " XDG_CONFIG_HOME=" + dir.resolve("config") + " TERM=xterm-256color java -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' dev.folio.Main";
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, elsewhere, folio);
            String first = tmux.waitFor(s -> s.contains("Welcome to folio"), WAIT);
            assertTrue(first.contains("Welcome to folio"), first);
            // Page through the whole guide: no code line is wrapped, nothing is wider than the screen.
            StringBuilder seen = new StringBuilder(first);
            for (int i = 0; i < 12; i++) {
                tmux.sendKeys("Space");
                Thread.sleep(150);
                seen.append(tmux.screen());
            }
            assertFalse(seen.toString().contains("↪"), "no wrapped code line:\n" + seen);
            assertTrue(seen.toString().lines().allMatch(l -> Width.of(l) <= columns), seen.toString());
            assertTrue(seen.toString().contains("folio --help"), "the code block is there: " + seen);

            // Select the link to the tour and follow it.
            tmux.sendKeys("g");
            String focused = null;
            for (int i = 0; i < 40; i++) {
                tmux.sendKeys("Tab");
                focused = tmux.waitFor(s -> last(s).contains("→"), WAIT);
                if (last(focused).contains("samples/README.md")) {
                    break;
                }
            }
            assertTrue(last(focused).contains("samples/README.md"), focused);
            tmux.sendKeys("Enter");
            String tour = tmux.waitFor(s -> s.contains("A tour of the folio samples"), WAIT);
            assertTrue(tour.contains("A tour of the folio samples"), "the sample opens from " + elsewhere + ":\n" + tour);
            assertFalse(tour.contains("no such file"), tour);
            tmux.sendKeys("q");
            tmux.waitForExit(10_000); // folio writes its state into the temporary folder as it quits
        }
    }

    private static String last(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1];
    }
}
