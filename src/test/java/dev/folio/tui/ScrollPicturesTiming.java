package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.image.Box;
import dev.folio.image.CellGrid;
import dev.folio.image.CellSize;
import dev.folio.image.Fit;
import dev.folio.image.ImageException;
import dev.folio.image.ImageFiles;
import dev.folio.image.ImageInfo;
import dev.folio.image.ImageLimits;
import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.ImageSizes;
import dev.folio.testing.Markdown;
import dev.folio.open.LinkResolver;
import dev.folio.text.AmbiguousWidth;
import dev.folio.theme.ColorDepth;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;
import dev.folio.viewer.PageLayout;
import dev.folio.viewer.Update;
import dev.folio.viewer.View;
import dev.folio.viewer.ViewerOptions;
import dev.folio.viewer.ViewerState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A benchmark, not a test (no figure here is ever a pass or a fail): {@code bench/pictures.sh}
 * runs its {@code main}. JMH is not in this machine's offline repository, so it times with
 * {@code System.nanoTime} after a warm-up and prints the median and 95th percentile.
 *
 * <p>Scrolling an article with 50 photographs (1200 × 800 PNG, noise) on an 80 × 24 screen,
 * key → frame as the runtime does it once the pictures are decoded: update, view, the frame's
 * text and pictures into Lanterna's back buffer, the graphics bytes before and after, and
 * Lanterna's delta refresh (to a virtual terminal). {@code protocol=off} is the same article
 * with images off (their text lines), the figure the others are held to. {@link #decodeOne}
 * is what one picture costs the decoding thread: header, decode (subsampled) and scale to its
 * 80 × 11 box, from a cold cache.
 */
public final class ScrollPicturesTiming {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    private static final int IMAGES = 50;
    private static final CellSize CELL = new CellSize(8, 16);

    private final String protocol;

    private Path dir;
    private TerminalScreen screen;
    private FramePainter painter;
    private PictureLayer pictures;
    private ViewerState state;
    private final AtomicInteger ready = new AtomicInteger();
    private long bytes;

    private ScrollPicturesTiming(String protocol) {
        this.protocol = protocol;
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.println("| protocol | key → frame, median ms | 95th percentile ms | max ms | bytes per key |");
        System.out.println("|---|---|---|---|---|");
        double decode = 0;
        for (String protocol : new String[] {"off", "blocks", "sixel", "kitty"}) {
            ScrollPicturesTiming t = new ScrollPicturesTiming(protocol);
            t.setUp();
            long[] times = new long[keys];
            for (int i = 0; i < keys / 2; i++) {
                t.keyToFrame();     // warm-up
            }
            long bytesBefore = t.bytes;
            for (int i = 0; i < keys; i++) {
                long start = System.nanoTime();
                t.keyToFrame();
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            System.out.printf("| %s | %.2f | %.2f | %.2f | %d |%n", protocol, times[keys / 2] / 1e6,
                    times[keys * 95 / 100] / 1e6, times[keys - 1] / 1e6, (t.bytes - bytesBefore) / keys);
            if (protocol.equals("blocks")) {
                long[] d = new long[10];
                for (int i = 0; i < d.length; i++) {
                    long start = System.nanoTime();
                    t.decodeOne();
                    d[i] = System.nanoTime() - start;
                }
                java.util.Arrays.sort(d);
                decode = d[d.length / 2] / 1e6;
            }
        }
        System.out.printf("%nOne 1200 × 800 photograph decoded and scaled to its box from a cold cache: median %.1f ms%n", decode);
    }

    private void setUp() throws Exception {
        dir = Files.createTempDirectory("folio-scroll-bench");
        Random random = new Random(1);
        StringBuilder md = new StringBuilder("# Fifty photographs\n\n");
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage photo = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 800; y++) {
                for (int x = 0; x < 1200; x++) {
                    photo.setRGB(x, y, (x * 255 / 1200) << 16 | (y * 255 / 800) << 8 | random.nextInt(64));
                }
            }
            ImageIO.write(photo, "png", dir.resolve("p" + i + ".png").toFile());
            md.append("Paragraph ").append(i).append(" before the photograph, long enough to wrap once on an ")
                    .append("eighty-column screen like the text of an article does.\n\n");
            md.append("![photo ").append(i).append("](p").append(i).append(".png)\n\n");
        }
        Document document = Markdown.parse(md.toString());
        Source source = Source.file(dir.resolve("photos.md"));
        Images images = new Images(ImageLimits.DEFAULT, CELL);
        boolean on = !protocol.equals("off");
        ImageSizes sizes = (target, room) -> {
            try {
                ImageInfo info = images.info(new ImageFiles(dir).local(target).orElseThrow());
                Box box = Fit.box(info.width(), info.height(), CELL, room, (ROWS - 1) / 2);
                return new ImageSizes.Cells(box.columns(), box.rows());
            } catch (ImageException e) {
                return new ImageSizes.Refused(e.getMessage());
            }
        };
        PageLayout layout = on ? PageLayout.withImages(CodeHighlighter.NONE, AmbiguousWidth.NARROW, base -> sizes)
                : PageLayout.standard();
        Collaborators env = new Collaborators(LinkResolver.system(), layout);
        ViewerState empty = ViewerState.initial(env, ViewerOptions.defaults(), COLUMNS, ROWS);
        state = Update.apply(empty, new Msg.Loaded(source, document, "", Effect.Load.Reason.FOLLOW)).state();
        screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(COLUMNS, ROWS)));
        screen.startScreen();
        painter = new FramePainter(ScreenTheme.colour());
        Graphics graphics = on ? new Graphics(images, Protocol.valueOf(protocol.toUpperCase()), ColorDepth.TRUE_COLOR)
                : Graphics.NONE;
        pictures = new PictureLayer(graphics, ready::incrementAndGet);
        // Scroll through once, waiting on every screen until its pictures are decoded: "once decoded".
        for (int line = 0; line < state.page().size(); line += ROWS / 2) {
            ViewerState at = state.withTop(line);
            int before;
            do {
                before = ready.get();
                frame(at);
                Thread.sleep(on ? 30 : 0);
            } while (on && ready.get() != before);
        }
    }

    private ViewerState frame(ViewerState s) throws IOException {
        Frame frame = View.render(s);
        painter.paint(frame, screen);
        pictures.paint(frame, s.source(), screen);
        Overdraw overdraw = pictures.overdraw();
        bytes += overdraw.beforeRefresh(false).length();
        screen.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.DELTA);
        bytes += overdraw.afterRefresh(false).length();
        return s;
    }

    /** One key down (or back to the top at the end), then the frame painted. */
    private long keyToFrame() throws IOException {
        Key key = state.top() >= state.page().size() - ROWS ? Key.of(Key.Kind.HOME) : Key.ch('j');
        state = Update.apply(state, new Msg.KeyPressed(key)).state();
        frame(state);
        return bytes;
    }

    /** One photograph decoded and scaled to its box from a cold cache (half blocks; the protocols need the same pixels). */
    private CellGrid decodeOne() throws ImageException {
        Images cold = new Images(ImageLimits.DEFAULT, CELL);
        Path photo = dir.resolve("p7.png");
        ImageInfo info = cold.info(photo);
        return cold.blocks(photo, Fit.box(info.width(), info.height(), CELL, COLUMNS, (ROWS - 1) / 2), CellGrid.DEFAULT);
    }
}
