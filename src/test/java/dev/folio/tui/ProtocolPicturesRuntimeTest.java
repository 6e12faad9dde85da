package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.doc.Source;
import dev.folio.image.CellSize;
import dev.folio.image.ImageLimits;
import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.ImageSizes;
import dev.folio.open.LinkResolver;
import dev.folio.testing.Markdown;
import dev.folio.text.AmbiguousWidth;
import dev.folio.theme.ColorDepth;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.PageLayout;
import dev.folio.viewer.ViewerOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viewer drawing pictures with kitty, iTerm2 and sixel on a fake terminal that keeps every
 * byte folio writes around Lanterna's refresh: the bytes are well-formed, the picture is where
 * its blank box is and shows only its rows on screen, and it goes on scroll, behind the help
 * panel, on resize and on quit.
 */
@Timeout(30)
class ProtocolPicturesRuntimeTest {
    /** Every image takes 20 × 6 cells; a cell is 8 × 16 pixels, so the picture is 160 × 96. */
    private static final ImageSizes TWENTY_BY_SIX = (target, room) -> new ImageSizes.Cells(Math.min(20, room), 6);
    private static final CellSize CELL = new CellSize(8, 16);

    @TempDir
    Path dir;
    private final VirtualDisplay display = new VirtualDisplay(60, 20);
    private CompletableFuture<Integer> run;

    @AfterEach
    void endRun() {
        if (run != null && !run.isDone()) {
            display.press(new KeyStroke(KeyType.EOF));
        }
    }

    private void start(Protocol protocol, boolean placeholders) throws IOException {
        BufferedImage image = new BufferedImage(40, 12, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, y < 6 ? 0xCC2020 : 0x2020CC);
            }
        }
        ImageIO.write(image, "png", dir.resolve("chart.png").toFile());
        StringBuilder md = new StringBuilder("# Pictures\n\nThe chart:\n\n![a chart](chart.png)\n\n");
        for (int i = 1; i <= 40; i++) {
            md.append("after ").append(i).append("\n\n");
        }
        Path doc = Files.writeString(dir.resolve("doc.md"), md);
        Graphics graphics = new Graphics(new Images(ImageLimits.DEFAULT, CELL), protocol, ColorDepth.TRUE_COLOR, placeholders);
        TuiRuntime runtime = new TuiRuntime(Core.VIEWER, display, TestServices.standard().withGraphics(graphics),
                FileWatcher.INTERVAL);
        Collaborators env = new Collaborators(LinkResolver.system(),
                PageLayout.withImages(CodeHighlighter.NONE, AmbiguousWidth.NARROW, base -> TWENTY_BY_SIX));
        Start start = new Start(Source.file(doc), Markdown.parse(md.toString()), ViewerOptions.defaults(), env,
                Remainder.NONE);
        run = CompletableFuture.supplyAsync(() -> {
            try {
                return runtime.run(start);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The first paint from {@code from} on whose bytes satisfy {@code condition}. */
    private VirtualDisplay.Written waitForPaint(int from, Predicate<VirtualDisplay.Written> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<VirtualDisplay.Written> all = display.graphics;
            for (int i = from; i < all.size(); i++) {
                if (condition.test(all.get(i))) {
                    return all.get(i);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no paint " + what + " among " + display.graphics.size() + " paints");
    }

    /** The screen row of the box's top: six rows above the caption. */
    private int boxTop() throws InterruptedException {
        display.waitForRow("a chart");
        for (int r = 0; r < 20; r++) {
            if (display.terminal.rowText(r).contains("a chart")) {
                return r - 6;
            }
        }
        throw new AssertionError("no caption");
    }

    private int quit() throws Exception {
        display.press("q");
        return run.get(10, TimeUnit.SECONDS);
    }

    @Test
    void kittySendsThePictureOncePlacesItsVisibleRowsAndDeletesItBehindThePanelOnResizeAndOnQuit() throws Exception {
        start(Protocol.KITTY, false);
        VirtualDisplay.Written first = waitForPaint(0, w -> w.after().contains("a=p"), "placing the picture");
        List<GraphicsBytes.Command> sent = GraphicsBytes.read(first.after());
        GraphicsBytes.Kitty transmit = (GraphicsBytes.Kitty) sent.get(0);
        assertEquals("t", transmit.keys().get("a"), "sent first, not shown");
        String id = transmit.keys().get("i");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(GraphicsBytes.kittyImage(sent, id)));
        assertEquals(160, png.getWidth());
        assertEquals(96, png.getHeight());
        assertEquals(0xCC2020, png.getRGB(80, 10) & 0xFFFFFF, "the top half is red");
        GraphicsBytes.Kitty place = (GraphicsBytes.Kitty) sent.get(sent.size() - 1);
        int top = boxTop();
        assertEquals(top, place.row(), "at the blank box");
        assertEquals(List.of("p", id, "20", "6", "0", "96", "1"), List.of(place.keys().get("a"), place.keys().get("i"),
                place.keys().get("c"), place.keys().get("r"), place.keys().get("y"), place.keys().get("h"),
                place.keys().get("C")));

        // Scroll until the box's first row is above the screen: only its last five rows are placed, at the top.
        int before = display.graphics.size();
        display.press("j".repeat(top + 1));
        VirtualDisplay.Written cut = waitForPaint(before, w -> w.after().contains("r=5"), "placing five rows");
        GraphicsBytes.Kitty part = (GraphicsBytes.Kitty) GraphicsBytes.read(cut.after()).get(0);
        assertEquals(0, part.row());
        assertEquals(List.of("16", "80"), List.of(part.keys().get("y"), part.keys().get("h")), "the rows on screen only");
        assertFalse(display.graphics.stream().skip(before).anyMatch(w -> w.after().contains("a=t")), "sent once");

        // The help panel covers the page: the placement goes before the panel is drawn, nothing is placed.
        before = display.graphics.size();
        display.press("?");
        VirtualDisplay.Written help = waitForPaint(before, w -> w.before().contains("a=d"), "deleting the placement");
        GraphicsBytes.Kitty delete = (GraphicsBytes.Kitty) GraphicsBytes.read(help.before()).get(0);
        assertEquals(List.of("d", "i", id), List.of(delete.keys().get("a"), delete.keys().get("d"), delete.keys().get("i")));
        assertEquals("", help.after());
        display.press(new KeyStroke(KeyType.Escape));
        waitForPaint(before + 1, w -> w.after().contains("a=p"), "placing it again after the panel");

        // A resize clears the screen: every placement is deleted, then the picture placed anew.
        before = display.graphics.size();
        display.resize(50, 18);
        VirtualDisplay.Written resized = waitForPaint(before, VirtualDisplay.Written::cleared, "after the resize");
        assertTrue(resized.before().contains("a=d,d=a"), GraphicsBytes.shown(resized.before()));

        assertEquals(0, quit());
        String last = String.join("", display.sequences);
        List<GraphicsBytes.Command> gone = GraphicsBytes.read(last);
        assertTrue(gone.stream().anyMatch(c -> c instanceof GraphicsBytes.Kitty k && "d".equals(k.keys().get("a"))
                && "I".equals(k.keys().get("d")) && id.equals(k.keys().get("i"))), "the image is deleted on quit: " + GraphicsBytes.shown(last));
    }

    @Test
    void sixelDrawsOverTheBoxErasesWhereItWasOnScrollAndBehindThePanelAndOnQuit() throws Exception {
        start(Protocol.SIXEL, false);
        VirtualDisplay.Written first = waitForPaint(0, w -> w.after().contains("\u001bP"), "drawing the picture");
        int top = boxTop();
        assertEquals(List.of(new GraphicsBytes.Sixel(top, 0, 160, 96)), GraphicsBytes.read(first.after()));

        int before = display.graphics.size();
        display.press("j");
        VirtualDisplay.Written moved = waitForPaint(before, w -> !w.after().isEmpty(), "drawing it one row up");
        assertEquals(erased(top, 0, 20, 6), GraphicsBytes.read(moved.before()), "the old place is blanked first");
        assertEquals(List.of(new GraphicsBytes.Sixel(top - 1, 0, 160, 96)), GraphicsBytes.read(moved.after()));

        before = display.graphics.size();
        display.press("?");
        VirtualDisplay.Written help = waitForPaint(before, w -> !w.before().isEmpty(), "erasing it behind the panel");
        assertEquals(erased(top - 1, 0, 20, 6), GraphicsBytes.read(help.before()));
        assertEquals("", help.after());
        display.press(new KeyStroke(KeyType.Escape));
        waitForPaint(before + 1, w -> !w.after().isEmpty(), "drawing it again after the panel");

        assertEquals(0, quit());
        assertEquals(erased(top - 1, 0, 20, 6), GraphicsBytes.read(String.join("", display.sequences)), "nothing left on quit");
    }

    @Test
    void itermShowsOnlyTheRowsOnScreen() throws Exception {
        start(Protocol.ITERM, false);
        waitForPaint(0, w -> w.after().contains("1337"), "drawing the picture");
        int top = boxTop();
        int before = display.graphics.size();
        display.press("j".repeat(top + 2));
        VirtualDisplay.Written cut = waitForPaint(before, w -> w.after().contains("height=4"), "four rows");
        GraphicsBytes.Iterm shown = (GraphicsBytes.Iterm) GraphicsBytes.read(cut.after()).get(0);
        assertEquals(List.of(0, 0, 20, 4), List.of(shown.row(), shown.column(), shown.columns(), shown.rows()));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(shown.png()));
        assertEquals(160, png.getWidth());
        assertEquals(64, png.getHeight(), "the last four rows of 16 pixels");
        assertEquals(0x2020CC, png.getRGB(80, 60) & 0xFFFFFF, "the bottom half is blue");
        assertEquals(0, quit());
    }

    @Test
    void kittyInTmuxDrawsPlaceholderCellsThatScrollLikeTextAndSendsThePictureOnce() throws Exception {
        start(Protocol.KITTY, true);
        VirtualDisplay.Written first = waitForPaint(0, w -> w.before().contains("tmux;"), "sending the picture");
        List<GraphicsBytes.Command> sent = GraphicsBytes.read(first.before());
        GraphicsBytes.Kitty t = (GraphicsBytes.Kitty) sent.get(0);
        assertTrue(t.passthrough());
        assertEquals(List.of("T", "1", "20", "6"), List.of(t.keys().get("a"), t.keys().get("U"), t.keys().get("c"), t.keys().get("r")));
        assertEquals("", first.after(), "placeholders are text: nothing is placed around the refresh");
        int top = boxTop();
        String placeholder = new String(Character.toChars(0x10EEEE));
        display.waitForRow(row -> row.startsWith(placeholder), "placeholder cells");
        for (int r = top; r < top + 6; r++) {
            String row = display.terminal.rowText(r);
            assertEquals(20, row.codePoints().filter(c -> c == 0x10EEEE).count(), "row " + r + ": " + row);
        }
        int before = display.graphics.size();
        display.press("j");
        display.waitForRow(row -> display.terminal.rowText(top + 5).indexOf(placeholder) < 0, "the box one row up");
        assertFalse(display.graphics.stream().skip(before).anyMatch(w -> w.before().contains("tmux;")), "sent once");
        assertEquals(0, quit());
        List<GraphicsBytes.Command> gone = GraphicsBytes.read(String.join("", display.sequences));
        assertTrue(gone.stream().anyMatch(c -> c instanceof GraphicsBytes.Kitty k && k.passthrough()
                && "d".equals(k.keys().get("a")) && t.keys().get("i").equals(k.keys().get("i"))), "deleted on quit");
    }

    @Test
    void aFrameThatMovesNoPictureWritesNoGraphicsBytesAndTheFullScreenViewPlacesItFitted() throws Exception {
        start(Protocol.KITTY, false);
        waitForPaint(0, w -> w.after().contains("a=p"), "placing the picture");
        int before = display.graphics.size();
        display.press(new KeyStroke(KeyType.Tab));     // focuses the image's caption: the text changes, the picture not
        waitForPaint(before, w -> true, "the focus painted");
        VirtualDisplay.Written focused = display.graphics.get(before);
        assertEquals(List.of("", ""), List.of(focused.before(), focused.after()), "nothing moved, nothing written");

        int beforeView = display.graphics.size();
        display.press("i");
        VirtualDisplay.Written full = waitForPaint(beforeView, w -> w.after().contains("a=p"), "the full-screen picture");
        GraphicsBytes.Kitty place = (GraphicsBytes.Kitty) GraphicsBytes.read(full.after()).stream()
                .filter(c -> c instanceof GraphicsBytes.Kitty k && "p".equals(k.keys().get("a"))).findFirst().orElseThrow();
        // 40 × 12 pixels at 8 × 16 a cell fill the 60 × 19 rows above the status line as 60 × 9 cells (ratio kept), centred.
        int columns = Integer.parseInt(place.keys().get("c"));
        int rows = Integer.parseInt(place.keys().get("r"));
        assertEquals(List.of(60, 9), List.of(columns, rows));
        assertEquals((60 - columns) / 2, place.column(), "centred");
        assertEquals((19 - rows) / 2, place.row(), "centred");
        int beforeBack = display.graphics.size();
        display.press(new KeyStroke(KeyType.Escape));
        VirtualDisplay.Written back = waitForPaint(beforeBack, w -> w.after().contains("a=p"), "back in the page");
        assertTrue(back.before().contains("a=d"), "the full-screen picture goes first: " + GraphicsBytes.shown(back.before()));
        assertEquals(0, quit());
    }

    private static List<GraphicsBytes.Command> erased(int row, int column, int columns, int rows) {
        List<GraphicsBytes.Command> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(new GraphicsBytes.Erase(row + r, column, columns));
        }
        return out;
    }
}
