package dev.folio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitTest {
    private static final CellSize HALF = new CellSize(8, 16);

    @Test
    void aSmallImageKeepsItsNaturalSizeInCells() {
        assertEquals(new Box(20, 5), Fit.box(160, 80, HALF, 100, 50));
        // Other cells, other counts: the same 160×80 pixels over 10×20 cells.
        assertEquals(new Box(16, 4), Fit.box(160, 80, new CellSize(10, 20), 100, 50));
    }

    @Test
    void aWideImageIsShrunkToTheColumnWithItsRatio() {
        // 1600×800 in 50 columns of 8 px: 400×200 px on screen, 12.5 rows of 16 px.
        assertEquals(new Box(50, 13), Fit.box(1600, 800, HALF, 50, 40));
    }

    @Test
    void theRatioFollowsTheCellShape() {
        // A square image: twice as many columns as rows in 1:2 cells, as many in square cells.
        assertEquals(new Box(40, 20), Fit.box(1000, 1000, HALF, 40, 100));
        assertEquals(new Box(40, 40), Fit.box(1000, 1000, new CellSize(10, 10), 40, 100));
    }

    @Test
    void aTallImageIsShrunkToTheHeightLimit() {
        // 100×1000 px within 10 rows of 16 px: 16×160 px, 2 columns.
        assertEquals(new Box(2, 10), Fit.box(100, 1000, HALF, 80, 10));
    }

    @Test
    void aTinyImageTakesOneCellNotNone() {
        assertEquals(new Box(1, 1), Fit.box(3, 3, HALF, 80, 10));
    }

    @Test
    void fillUsesTheWholeScreenOnOneSide() {
        assertEquals(new Box(80, 20), Fit.fill(200, 100, HALF, 80, 24));
        assertEquals(new Box(48, 24), Fit.fill(100, 100, HALF, 80, 24));
    }

    @Test
    void cellSizeFromTheWindowOrAssumed() {
        assertEquals(new CellSize(10, 20), CellSize.ofWindow(800, 480, 80, 24));
        assertEquals(CellSize.ASSUMED, CellSize.ofWindow(0, 0, 80, 24));
        assertEquals(CellSize.ASSUMED, CellSize.ofReport(0, 0));
        assertEquals(new CellSize(9, 18), CellSize.ofReport(9, 18));
    }
}
