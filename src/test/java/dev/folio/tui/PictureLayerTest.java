package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.folio.doc.Source;
import dev.folio.image.CellSize;
import dev.folio.image.ImageLimits;
import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.theme.ColorDepth;
import dev.folio.viewer.Frame;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A graphics picture is drawn only over the cells its frame left blank: text over its box cuts it there. */
class PictureLayerTest {
    @TempDir
    Path dir;

    @Test
    void aMessageOverTheBoxsLastRowCutsThePictureAboveIt() throws Exception {
        ImageIO.write(new BufferedImage(80, 48, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("a.png").toFile());
        CountDownLatch ready = new CountDownLatch(1);
        Graphics graphics = new Graphics(new Images(ImageLimits.DEFAULT, new CellSize(8, 16)), Protocol.KITTY, ColorDepth.TRUE_COLOR);
        TerminalScreen screen = new TerminalScreen(new GridTerminal(40, 12));
        screen.startScreen();
        Frame.Picture box = new Frame.Picture("a.png", 2, 0, 10, 3, 0, 3, Frame.Fit.BOX);
        Frame frame = new Frame(40, 12, List.of(), -1, -1, List.of(box));
        Source source = Source.file(dir.resolve("doc.md"));
        try (PictureLayer layer = new PictureLayer(graphics, ready::countDown)) {
            layer.paint(frame, source, screen);      // asks for the picture: decoded meanwhile
            assertTrue(ready.await(10, TimeUnit.SECONDS));

            layer.paint(frame, source, screen);
            layer.overdraw().beforeRefresh(false);
            GraphicsBytes.Kitty whole = placed(layer.overdraw().afterRefresh(false));
            assertEquals("3", whole.keys().get("r"));

            // A message on the box's last row (the row above the status line): the picture stops above it.
            screen.setCharacter(0, 4, TextCharacter.fromCharacter('!')[0]);
            layer.paint(frame, source, screen);
            layer.overdraw().beforeRefresh(false);
            GraphicsBytes.Kitty cut = placed(layer.overdraw().afterRefresh(false));
            assertEquals(List.of("2", "32"), List.of(cut.keys().get("r"), cut.keys().get("h")), "two rows of 16 pixels");
        }
    }

    private static GraphicsBytes.Kitty placed(String bytes) {
        return (GraphicsBytes.Kitty) GraphicsBytes.read(bytes).stream()
                .filter(c -> c instanceof GraphicsBytes.Kitty k && "p".equals(k.keys().get("a"))).findFirst()
                .orElseThrow(() -> new AssertionError("nothing placed: " + GraphicsBytes.shown(bytes)));
    }
}
