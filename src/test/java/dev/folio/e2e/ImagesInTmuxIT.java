package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images in a real terminal (tmux, where half blocks are the way): at their place and size, in
 * 24-bit colour, moving with the text, gone after quitting, and harmless in lists and tables.
 */
@Timeout(120)
class ImagesInTmuxIT {
    private static final Path SEED = Path.of("../shared/seed/000_53bfc50028b0be02.txt").toAbsolutePath().normalize();
    private static final long WAIT = 20_000;
    private static final String RED = "[38;2;255;0;0m";
    private static final String BLUE = "[38;2;0;0;255m";
    private static final String RED_BACK = "[48;2;255;0;0m";
    private static final String BLUE_BACK = "[48;2;0;0;255m";

    @TempDir
    Path dir;

    @BeforeEach
    void picture() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        // 160×64 pixels, red above blue: at 8×16 cells (tmux tells no cell size) 20 columns, 4 rows.
        BufferedImage image = new BufferedImage(160, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 160; x++) {
                image.setRGB(x, y, y < 32 ? 0xFF0000 : 0x0000FF);
            }
        }
        Files.createDirectories(dir.resolve("img"));
        ImageIO.write(image, "png", dir.resolve("img/a.png").toFile());
    }

    private String folio(String args) {
        return "COLORTERM=truecolor TERM=xterm-256color java -XX:TieredStopAtLevel=1 -cp "
                + quote(System.getProperty("java.class.path")) + " dev.folio.Main " + args;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String coloured(Tmux tmux) throws Exception {
        return tmux.command("capture-pane", "-p", "-e", "-t", "t");
    }

    private static int lineWith(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aPngIsDrawnInTrueColourAtItsPlaceMovesWithTheTextAndLeavesNothingAfterQuit() throws Exception {
        StringBuilder doc = new StringBuilder("# Pictures\n\nSome text before the picture.\n\n![A red and blue box](img/a.png)\n\n");
        for (int i = 1; i <= 40; i++) {
            doc.append("Line ").append(i).append(" after it.\n\n");
        }
        Files.writeString(dir.resolve("doc.md"), doc);
        try (Tmux tmux = new Tmux()) {
            tmux.start(80, 24, dir, folio("doc.md") + "; echo folio-done; sleep 60");
            String screen = tmux.waitFor(s -> s.contains("▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀"), WAIT);
            List<String> rows = screen.lines().toList();
            int caption = lineWith(rows, "▣ A red and blue box — img/a.png");
            assertTrue(caption >= 4, screen);
            for (int r = caption - 4; r < caption; r++) {
                assertEquals("▀".repeat(20), rows.get(r).stripTrailing(), "row " + r + " of\n" + screen);
            }
            assertEquals("", rows.get(caption - 5).strip(), "a blank line before the box");
            List<String> colours = coloured(tmux).lines().toList();
            // tmux writes the foreground and background (the upper and lower pixel) as two sequences, and
            // only where they change: a row the same as the one above has none.
            assertTrue(colours.get(caption - 4).contains(RED) && colours.get(caption - 4).contains(RED_BACK), colours.get(caption - 4));
            assertFalse(colours.get(caption - 3).contains("[38;2;"), colours.get(caption - 3));
            assertTrue(colours.get(caption - 2).contains(BLUE) && colours.get(caption - 2).contains(BLUE_BACK), colours.get(caption - 2));
            assertFalse(colours.get(caption - 1).contains("[38;2;"), colours.get(caption - 1));

            tmux.sendKeys("j", "j");
            String scrolled = tmux.waitFor(s -> lineWith(s.lines().toList(), "▣ A red and blue box") == caption - 2, WAIT);
            List<String> moved = scrolled.lines().toList();
            assertEquals(caption - 2, lineWith(moved, "▣ A red and blue box"), scrolled);
            assertEquals("▀".repeat(20), moved.get(caption - 3).stripTrailing(), scrolled);
            assertTrue(coloured(tmux).lines().toList().get(caption - 4).contains(BLUE_BACK), "the box moved with its caption");

            tmux.sendKeys("G");
            String end = tmux.waitFor(s -> s.contains("Line 40 after it."), WAIT);
            assertFalse(end.contains("▀"), "scrolled past: no block left behind\n" + end);
            tmux.sendKeys("g");
            tmux.waitFor(s -> s.contains("▀"), WAIT);

            tmux.sendKeys("q");
            String shell = tmux.waitFor(s -> s.contains("folio-done"), WAIT);
            assertTrue(shell.contains("folio-done"), shell);
            assertFalse(shell.contains("▀"), "no block on the shell's screen after q\n" + shell);
        }
    }

    @Test
    void imagesInAListAndATableCellAreDrawnAndKeepTheLayout() throws Exception {
        Files.writeString(dir.resolve("doc.md"), "- item one\n\n  ![in a list](img/a.png)\n\n- item two\n\n"
                + "| name | picture |\n| --- | --- |\n| box | ![in a cell](img/a.png) |\n\nThe end.\n");
        try (Tmux tmux = new Tmux()) {
            tmux.start(60, 30, dir, folio("doc.md"));
            String screen = tmux.waitFor(s -> s.contains("▀") && s.contains("The end."), WAIT);
            List<String> rows = screen.lines().toList();
            int caption = lineWith(rows, "▣ in a list — img/a.png");
            assertTrue(caption >= 4, screen);
            for (int r = caption - 4; r < caption; r++) {
                assertEquals("  " + "▀".repeat(20), rows.get(r).stripTrailing(), "indented with the item:\n" + screen);
            }
            assertTrue(rows.get(caption).startsWith("  ▣"), screen);
            assertTrue(screen.contains("• item two"), screen);
            // The table cell draws its picture above its caption, inside the cell: borders intact.
            int cell = lineWith(rows, "in a cell");
            assertTrue(cell > caption, screen);
            for (int r = cell - 4; r < cell; r++) {
                assertTrue(rows.get(r).matches("│ (box |    ) │ " + "▀".repeat(20) + " +│"), "row " + r + " of\n" + screen);
            }
            assertTrue(rows.get(cell).matches("│ +│ ▣ in a cell — img/a.png +│"), screen);
            assertEquals(1, screen.chars().filter(c -> c == '▣').count() - 1, "two captions:\n" + screen);
            for (String row : rows) {
                assertTrue(dev.folio.text.Width.of(row) <= 60, row);
            }
            tmux.sendKeys("q");
        }
    }

    @Test
    void theSeedArticlesImageShowsInline() throws Exception {
        assumeTrue(Files.exists(SEED), "the seed article is not in ../shared/seed");
        try (Tmux tmux = new Tmux()) {
            tmux.start(80, 30, SEED.getParent(), folio(quote(SEED.getFileName().toString())));
            tmux.waitFor(s -> s.contains("AWS"), WAIT);
            tmux.sendKeys("/", "RedMonk", "Enter");
            String screen = tmux.waitFor(s -> s.contains("▀▀▀▀▀▀▀▀▀▀") && s.contains("▣ 01e434b022e63332107f12c77cdd3a37.png"), WAIT);
            List<String> rows = screen.lines().toList();
            int caption = lineWith(rows, "▣ 01e434b022e63332107f12c77cdd3a37.png");
            assertTrue(caption > 0 && rows.get(caption - 1).startsWith("▀"), screen);
            assertTrue(coloured(tmux).contains("38;2;"), "24-bit colour");
            tmux.sendKeys("q");
        }
    }
}
