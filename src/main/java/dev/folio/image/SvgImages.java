package dev.folio.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SVG through JSVG: parsed from bytes already read (within the byte limit), with every external
 * resource refused (an SVG must not make folio read other files or the network), and rendered
 * straight at the size shown, so a huge declared size costs nothing.
 */
final class SvgImages {
    /** What browsers assume for an SVG that gives no size. */
    private static final int DEFAULT_WIDTH = 300;
    private static final int DEFAULT_HEIGHT = 150;

    /**
     * JSVG logs parse errors with stack traces through java.util.logging, which would land on
     * the viewer's screen; a damaged SVG is reported as one line instead. Held here so the
     * logger (and its level) is not collected.
     */
    private static final java.util.logging.Logger QUIET = quiet();

    private SvgImages() {}

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    static boolean isSvg(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg");
    }

    static ImageInfo probe(Path file, ImageLimits limits) throws ImageException {
        FloatSize size = load(file, limits).size();
        return new ImageInfo(side(size.width, DEFAULT_WIDTH), side(size.height, DEFAULT_HEIGHT), "svg");
    }

    static Pixels render(Path file, ImageLimits limits, int width, int height) throws ImageException {
        SVGDocument doc = load(file, limits);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            doc.render(null, g, new ViewBox(0, 0, width, height));
        } catch (RuntimeException e) {
            throw new ImageException("damaged SVG");
        } finally {
            g.dispose();
        }
        return new Pixels(width, height, image.getRGB(0, 0, width, height, null, 0, width));
    }

    private static SVGDocument load(Path file, ImageLimits limits) throws ImageException {
        byte[] bytes;
        try {
            limits.checkBytes(Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageException("cannot read it");
        }
        LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
        SVGDocument doc;
        try {
            doc = new SVGLoader().load(new ByteArrayInputStream(bytes), file.toUri(), context);
        } catch (RuntimeException e) {
            doc = null;
        }
        if (doc == null) {
            throw new ImageException("damaged SVG");
        }
        return doc;
    }

    private static int side(float declared, int fallback) {
        if (!(declared >= 1) || Float.isInfinite(declared)) {
            return fallback;
        }
        return (int) Math.min(100_000, Math.ceil(declared));
    }
}
