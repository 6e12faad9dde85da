package dev.folio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HalfBlocksTest {
    private static final int RED = 0xFFFF0000;
    private static final int GREEN = 0xFF00FF00;
    private static final int BLUE = 0xFF0000FF;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int CLEAR = 0x00000000;

    /** 2 columns × 4 pixel rows = 2 × 2 cells. */
    private static final int[][] ROWS = {
        {RED, GREEN},
        {BLUE, WHITE},
        {CLEAR, RED},
        {GREEN, CLEAR},
    };

    @Test
    void eachCellShowsItsTwoPixelsAsForegroundAndBackground() {
        CellGrid grid = HalfBlocks.encode(new Pixels(2, 4, flat(ROWS)), CellGrid.DEFAULT);
        assertEquals(2, grid.columns());
        assertEquals(2, grid.rows());
        assertEquals(new CellGrid.Glyph('▀', 0xFF0000, 0x0000FF), grid.glyph(0, 0));
        assertEquals(new CellGrid.Glyph('▀', 0x00FF00, 0xFFFFFF), grid.glyph(1, 0));
        // Transparent above: the lower half block in the lower pixel's colour, default background.
        assertEquals(new CellGrid.Glyph('▄', 0x00FF00, CellGrid.DEFAULT), grid.glyph(0, 1));
        assertEquals(new CellGrid.Glyph('▀', 0xFF0000, CellGrid.DEFAULT), grid.glyph(1, 1));
    }

    @Test
    void rowsAreWrittenInTrueColourOr256Colours() {
        CellGrid grid = HalfBlocks.encode(new Pixels(2, 4, flat(ROWS)), CellGrid.DEFAULT);
        assertEquals("\u001b[0;38;2;255;0;0;48;2;0;0;255m▀\u001b[0;38;2;0;255;0;48;2;255;255;255m▀\u001b[0m",
                AnsiBlocks.row(grid, 0, AnsiBlocks.Depth.TRUE_COLOR));
        assertEquals("\u001b[0;38;5;196;48;5;21m▀\u001b[0;38;5;46;48;5;231m▀\u001b[0m",
                AnsiBlocks.row(grid, 0, AnsiBlocks.Depth.XTERM_256));
        assertEquals("\u001b[0;38;2;0;255;0m▄\u001b[0;38;2;255;0;0m▀\u001b[0m",
                AnsiBlocks.row(grid, 1, AnsiBlocks.Depth.TRUE_COLOR));
    }

    @Test
    void equalNeighboursShareOneColourSequence() {
        int[][] same = {{RED, RED, RED}, {BLUE, BLUE, BLUE}};
        CellGrid grid = HalfBlocks.encode(new Pixels(3, 2, flat(same)), CellGrid.DEFAULT);
        assertEquals("\u001b[0;38;2;255;0;0;48;2;0;0;255m▀▀▀\u001b[0m", AnsiBlocks.row(grid, 0, AnsiBlocks.Depth.TRUE_COLOR));
    }

    @Test
    void halfTransparentPixelsAreBlendedOverTheBackground() {
        int[][] rows = {{0x80FF0000}, {0x80FF0000}};
        CellGrid grid = HalfBlocks.encode(new Pixels(1, 2, flat(rows)), 0x000000);
        assertEquals(0x800000, grid.top(0, 0));
    }

    @Test
    void aDecodedPngGivesTheExactCellsOfItsPixels(@TempDir Path dir) throws Exception {
        Path png = TestImages.write(TestImages.image(ROWS), "png", dir.resolve("a.png"));
        Images images = new Images(ImageLimits.DEFAULT, CellSize.ASSUMED);
        CellGrid grid = images.blocks(png, new Box(2, 2), CellGrid.DEFAULT);
        assertEquals(new CellGrid.Glyph('▀', 0xFF0000, 0x0000FF), grid.glyph(0, 0));
        assertEquals(new CellGrid.Glyph('▄', 0x00FF00, CellGrid.DEFAULT), grid.glyph(0, 1));
    }

    @Test
    void shrinkingAveragesTheAreaOfEachCell(@TempDir Path dir) throws Exception {
        // 4×4: left half red, right half blue; top two rows, then white. At 2×2 pixels: exact.
        int[][] rows = {
            {RED, RED, BLUE, BLUE},
            {RED, RED, BLUE, BLUE},
            {WHITE, WHITE, 0xFF000000, 0xFF000000},
            {WHITE, WHITE, 0xFF000000, 0xFF000000},
        };
        Path png = TestImages.write(TestImages.image(rows), "png", dir.resolve("b.png"));
        CellGrid grid = new Images(ImageLimits.DEFAULT, CellSize.ASSUMED).blocks(png, new Box(2, 1), CellGrid.DEFAULT);
        assertEquals(new CellGrid.Glyph('▀', 0xFF0000, 0xFFFFFF), grid.glyph(0, 0));
        assertEquals(new CellGrid.Glyph('▀', 0x0000FF, 0x000000), grid.glyph(1, 0));
        // And a mix of red and blue averages to purple.
        CellGrid one = new Images(ImageLimits.DEFAULT, CellSize.ASSUMED).blocks(png, new Box(1, 1), CellGrid.DEFAULT);
        assertEquals(0x800080, one.top(0, 0));
    }

    @Test
    void nearest256() {
        assertEquals(196, Xterm256.nearest(0xFF0000));
        assertEquals(16, Xterm256.nearest(0x000000));
        assertEquals(231, Xterm256.nearest(0xFFFFFF));
        assertEquals(244, Xterm256.nearest(0x808080));
        assertEquals(0x808080, Xterm256.rgb(244));
    }

    static int[] flat(int[][] rows) {
        int[] out = new int[rows.length * rows[0].length];
        for (int y = 0; y < rows.length; y++) {
            System.arraycopy(rows[y], 0, out, y * rows[0].length, rows[0].length);
        }
        return out;
    }
}
