package dev.folio.bench;

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
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.ImageSizes;
import dev.folio.markdown.MarkdownParser;
import dev.folio.open.LinkResolver;
import dev.folio.text.AmbiguousWidth;
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
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Images in the viewer, 120 × 130 (tall enough for 20 pictures at once): 20 photographs of
 * 1920 × 1080 pixels (noise, so PNG cannot shrink them), each at most 4 rows high.
 * {@link #firstFrame}: the document arrives, is laid out with its boxes (headers read), the frame
 * is drawn and all 20 pictures are decoded and scaled to half blocks, from a cold cache: what
 * the first screen waits for (the runtime shows the text first and the pictures as they come).
 * {@link #keyWhileScrolling}: one line down past them once they are decoded: update, view and
 * the half-block cells of every visible picture from the cache: the work of one key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImageBench {
    private static final int COLUMNS = 120;
    private static final int ROWS = 130;
    private static final int IMAGES = 20;

    private Path dir;
    private Document document;
    private Source source;
    private Images warm;
    private ViewerState shown;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("folio-image-bench");
        Random random = new Random(1);
        StringBuilder md = new StringBuilder("# Twenty photographs\n\n");
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage photo = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 1080; y++) {
                for (int x = 0; x < 1920; x++) {
                    photo.setRGB(x, y, (x * 255 / 1920) << 16 | (y * 255 / 1080) << 8 | random.nextInt(64));
                }
            }
            ImageIO.write(photo, "png", dir.resolve("p" + i + ".png").toFile());
            md.append("![photo ").append(i).append("](p").append(i).append(".png)\n\n");
        }
        document = new MarkdownParser().parse(md.toString());
        source = Source.file(dir.resolve("photos.md"));
        warm = new Images(ImageLimits.DEFAULT, CellSize.ASSUMED);
        shown = load(warm);
        pictures(View.render(shown), warm);
    }

    private ViewerState load(Images images) {
        ImageSizes sizes = (target, room) -> {
            try {
                ImageInfo info = images.info(new ImageFiles(dir).local(target).orElseThrow());
                Box box = Fit.box(info.width(), info.height(), images.cellSize(), room, 4);
                return new ImageSizes.Cells(box.columns(), box.rows());
            } catch (ImageException e) {
                return new ImageSizes.Refused(e.getMessage());
            }
        };
        Collaborators env = new Collaborators(LinkResolver.system(),
                PageLayout.withImages(CodeHighlighter.NONE, AmbiguousWidth.NARROW, base -> sizes));
        ViewerState empty = ViewerState.initial(env, ViewerOptions.defaults(), COLUMNS, ROWS);
        return Update.apply(empty, new Msg.Loaded(source, document, "", Effect.Load.Reason.FOLLOW)).state();
    }

    /** What the runtime paints: the cells of every picture in the frame. */
    private int pictures(Frame frame, Images images) {
        int cells = 0;
        ImageFiles files = new ImageFiles(dir);
        for (Frame.Picture p : frame.pictures()) {
            try {
                CellGrid grid = images.blocks(files.local(p.target()).orElseThrow(), new Box(p.columns(), p.boxRows()), CellGrid.DEFAULT);
                cells += grid.columns() * p.rows();
            } catch (ImageException e) {
                throw new IllegalStateException(e);
            }
        }
        return cells;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Measurement(iterations = 5)
    public int firstFrame() {
        Images cold = new Images(ImageLimits.DEFAULT, CellSize.ASSUMED);
        Frame frame = View.render(load(cold));
        if (frame.pictures().size() != IMAGES) {
            throw new IllegalStateException("expected 20 pictures on screen, got " + frame.pictures().size());
        }
        return pictures(frame, cold);
    }

    @Benchmark
    public int keyWhileScrolling() {
        ViewerState next = Update.apply(shown, new Msg.KeyPressed(Key.ch('j'))).state();
        return pictures(View.render(next), warm);
    }
}
