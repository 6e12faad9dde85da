package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -p --images=…} prints pictures inline; by default printing keeps the text line. */
class PrintImagesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void picture() throws Exception {
        // 16×32 pixels: red above, blue below. At 8×16 cells: 2 columns, 2 rows.
        BufferedImage image = new BufferedImage(16, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, y < 16 ? 0xFF0000 : 0x0000FF);
            }
        }
        Files.createDirectories(dir.resolve("img"));
        ImageIO.write(image, "png", dir.resolve("img/a.png").toFile());
        Files.writeString(dir.resolve("doc.md"), "Before.\n\n![A red and blue square](img/a.png)\n\n- item\n\n  ![](img/a.png)\n\n![gone](img/none.png)\n");
    }

    private Run folio(String... args) {
        FakeEnvironment env = new FakeEnvironment(dir).set("COLORTERM", "truecolor").set("TERM", "xterm-256color");
        return Run.folio(env, Pipeline.markdown(), Optional.empty(), args);
    }

    @Test
    void byDefaultTheTextLineStays() {
        Run run = folio("-p", "--color=always", "doc.md");
        assertFalse(run.out().contains("▀"), run.out());
        assertTrue(run.out().contains("▣ A red and blue square — img/a.png"));
    }

    @Test
    void blocksPrintTheImageInTrueColourAboveItsCaption() {
        Run run = folio("-p", "--images=blocks", "--color=always", "doc.md");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int caption = index(lines, "A red and blue square");
        String red = "\u001b[0;38;2;255;0;0;48;2;255;0;0m▀▀\u001b[0m";
        String blue = "\u001b[0;38;2;0;0;255;48;2;0;0;255m▀▀\u001b[0m";
        assertEquals(List.of(red, blue), lines.subList(caption - 2, caption));
        // In the list item the picture stands behind the item's indent.
        int second = index(lines.subList(caption + 1, lines.size()), "img/a.png") + caption + 1;
        assertEquals("  " + red, lines.get(second - 2));
        assertEquals("  " + blue, lines.get(second - 1));
    }

    @Test
    void aMissingImageSaysWhyUnderItsCaption() {
        Run run = folio("-p", "--images=blocks", "--color=never", "doc.md");
        // Without colour there are no half blocks, but the text stays.
        assertFalse(run.out().contains("▀"));
        Run coloured = folio("-p", "--images=blocks", "--color=always", "doc.md");
        assertTrue(coloured.out().contains("img/none.png: no such file"), coloured.out());
    }

    @Test
    void offAndAnUnknownValue() {
        assertFalse(folio("-p", "--images=off", "--color=always", "doc.md").out().contains("▀"));
        Run bad = folio("-p", "--images=pictures", "doc.md");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--images must be auto, kitty, iterm, sixel, blocks, off, not 'pictures'"), bad.err());
    }

    @Test
    void theConfigFileCanTurnThemOn() throws Exception {
        Path config = dir.resolve("config/folio");
        Files.createDirectories(config);
        Files.writeString(config.resolve("folio.toml"), "images = \"blocks\"\n");
        FakeEnvironment env = new FakeEnvironment(dir).set("COLORTERM", "truecolor")
                .set("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Run run = Run.folio(env, Pipeline.markdown(), Optional.empty(), "-p", "--color=always", "doc.md");
        assertTrue(run.out().contains("▀"), run.out());
    }

    @Test
    void kittyPrintsOneSequenceAndKeepsTheBoxsLines() {
        Run run = folio("-p", "--images=kitty", "--color=always", "doc.md");
        List<String> lines = run.out().lines().toList();
        int caption = index(lines, "A red and blue square");
        assertTrue(lines.get(caption - 2).startsWith("\u001b_Ga=T,f=100,q=2,C=1,"), lines.get(caption - 2));
        assertEquals("", lines.get(caption - 1));
    }

    private static int index(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text + " in " + lines);
    }
}
