package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import dev.folio.text.Width;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a real terminal: panels are framed and hide the page completely; one wheel notch (the bytes
 * a terminal sends for it) scrolls three lines.
 */
@Timeout(120)
class PanelsAndWheelInTmuxIT {
    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    private static final long WAIT = 20_000;

    @TempDir
    Path dir;

    /**
     * folio in the test's own XDG folders; it remembers no reading position, so nothing is still
     * being written to them when the pane closes and JUnit removes the folder (panels are tested here).
     */
    private String folio(String args) {
        return "XDG_CACHE_HOME=" + dir.resolve("cache") + " XDG_STATE_HOME=" + dir.resolve("state")
                + " XDG_CONFIG_HOME=" + dir.resolve("config") + " XDG_DATA_HOME=" + dir.resolve("data")
                + " TERM=xterm-256color java -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' dev.folio.Main --no-remember " + args;
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void helpAndOutlineAreFramedPanelsThatHideThePage(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, SAMPLES, folio("zh/指南.md"));
            tmux.waitFor(s -> s.contains("folio"), WAIT);
            for (String key : List.of("?", "o")) {
                tmux.sendKeys(key);
                String title = key.equals("?") ? "Keys" : "Outline";
                String screen = tmux.waitFor(s -> s.contains("─ " + title + " ─"), WAIT);
                List<String> lines = screen.lines().toList();
                int top = -1;
                int bottom = -1;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("┌─ " + title)) {
                        top = i;
                    } else if (top >= 0 && bottom < 0 && lines.get(i).contains("└")) {
                        bottom = i;
                    }
                }
                assertTrue(top >= 0 && bottom > top, screen);
                int left = lines.get(top).indexOf('┌');
                String leftPart = lines.get(top).substring(0, left);
                int leftColumn = Width.of(leftPart);
                for (int i = top + 1; i < bottom; i++) {
                    String row = lines.get(i);
                    String inner = columns(row, leftColumn, leftColumn + Width.of(lines.get(top).substring(left)));
                    assertTrue(inner.startsWith("│") && inner.endsWith("│"), "framed row " + i + ":\n" + screen);
                }
                assertTrue(screen.lines().allMatch(l -> Width.of(l) <= columns), screen);
                tmux.sendKeys("Escape");
                tmux.waitFor(s -> !s.contains("─ " + title + " ─"), WAIT);
            }
            tmux.sendKeys("q");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void oneWheelNotchScrollsThreeLines(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, SAMPLES, folio("elements.md"));
            tmux.waitFor(s -> s.contains("line 1/"), WAIT);
            // What a terminal sends for one notch down with mouse reporting on (X10 form).
            tmux.type("\u001b[Ma!!");
            String down = tmux.waitFor(s -> s.contains("line 4/"), WAIT);
            assertTrue(down.contains("line 4/"), down);
            tmux.type("\u001b[Ma!!\u001b[Ma!!");
            assertTrue(tmux.waitFor(s -> s.contains("line 10/"), WAIT).contains("line 10/"));
            tmux.type("\u001b[M`!!");
            assertTrue(tmux.waitFor(s -> s.contains("line 7/"), WAIT).contains("line 7/"));
            tmux.sendKeys("q");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void theMouseKeyReleasesReportingAndTakesItBack(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, SAMPLES, folio("elements.md"));
            tmux.waitFor(s -> s.contains("line 1/"), WAIT);
            assertEquals("1", tmux.format("#{mouse_standard_flag}"), "folio reports the mouse");
            tmux.sendKeys("V");
            tmux.waitFor(s -> s.contains("mouse released"), WAIT);
            assertEquals("0", tmux.format("#{mouse_standard_flag}"), "the terminal has its mouse back");
            tmux.sendKeys("V");
            tmux.waitFor(s -> s.contains("mouse on"), WAIT);
            assertEquals("1", tmux.format("#{mouse_standard_flag}"));
            tmux.sendKeys("q");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "60, 20"})
    void aLongMessageTakesTwoRowsAndTheLogKeepsIt(int columns, int rows) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        java.nio.file.Files.writeString(dir.resolve("doc.md"),
                "# Messages\n\nA [link to a place that is not here](#a-heading-this-document-does-not-have-at-all-anywhere).\n");
        try (Tmux tmux = new Tmux()) {
            tmux.start(columns, rows, dir, folio("doc.md"));
            tmux.waitFor(s -> s.contains("Messages"), WAIT);
            tmux.sendKeys("Tab", "Enter");
            String screen = tmux.waitFor(s -> s.contains("no such place"), WAIT);
            String[] lines = screen.stripTrailing().split("\n");
            String lastTwo = lines[lines.length - 2] + lines[lines.length - 1];
            assertTrue(lastTwo.replace(" ", "").contains("#a-heading-this-document-does-not-have"), screen);
            tmux.sendKeys("P");
            String log = tmux.waitFor(s -> s.contains("─ Messages ─"), WAIT);
            StringBuilder inside = new StringBuilder(); // only what is between the frame's sides
            for (String line : log.lines().toList()) {
                int l = line.indexOf('│');
                int r = line.lastIndexOf('│');
                if (l >= 0 && r > l) {
                    inside.append(line, l + 1, r);
                }
            }
            assertTrue(inside.toString().replaceAll("\\s+", "").contains("nosuchplacehere:#a-heading-this-document-does-not-have-at-all-anywhere"), log + "\n" + inside);
            tmux.sendKeys("Escape", "q");
        }
    }

    /** Screen columns [from, to) of a row. */
    private static String columns(String row, int from, int to) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < row.length(); ) {
            int next = dev.folio.text.Graphemes.next(row, i);
            int w = Width.cluster(row, i, next);
            if (col >= from && col + w <= to) {
                out.append(row, i, next);
            }
            col += w;
            i = next;
        }
        return out.toString();
    }
}
