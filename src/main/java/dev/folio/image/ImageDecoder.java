package dev.folio.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads local image files: PNG, JPEG, GIF (its first frame), WebP, BMP through ImageIO (with
 * the TwelveMonkeys plugins), SVG through {@link SvgImages}. Every failure is an {@link
 * ImageException} with a one-line reason; limits are checked on the header, before decoding.
 * Thread-safe: every call uses readers of its own.
 */
public final class ImageDecoder {
    static {
        // A terminal program: AWT must never look for a display (SVG text asks for fonts).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ImageIO.setUseCache(false);     // decode in memory: no temporary files
    }

    private final ImageLimits limits;

    public ImageDecoder(ImageLimits limits) {
        this.limits = limits;
    }

    /** The image's size and format from its header, within the limits; nothing is decoded. */
    public ImageInfo probe(Path file) throws ImageException {
        checkFile(file);
        if (SvgImages.isSvg(file)) {
            return SvgImages.probe(file, limits);
        }
        try (ImageInputStream in = open(file)) {
            ImageReader reader = reader(in);
            try {
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                limits.check(w, h);
                return new ImageInfo(w, h, reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /**
     * The image decoded and scaled to exactly {@code width × height} pixels (the caller keeps
     * the aspect ratio, see {@link Fit}). A large image is subsampled while it is decoded, so
     * memory stays near the size shown, not the size of the file's picture.
     */
    public Pixels decode(Path file, int width, int height) throws ImageException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty target: " + width + "×" + height);
        }
        checkFile(file);
        if (SvgImages.isSvg(file)) {
            return SvgImages.render(file, limits, width, height);
        }
        try (ImageInputStream in = open(file)) {
            ImageReader reader = reader(in);
            try {
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                limits.check(w, h);
                ImageReadParam param = reader.getDefaultReadParam();
                // Keep at least twice the target's pixels, so the box filter still has something to average.
                int step = Math.max(1, Math.min(w / (2 * width), h / (2 * height)));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                return Scaler.scale(image, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private void checkFile(Path file) throws ImageException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImageException("a directory, not an image");
            }
            limits.checkBytes(Files.size(file));
        } catch (NoSuchFileException e) {
            throw new ImageException("no such file");
        } catch (IOException e) {
            throw new ImageException("cannot read it" + (e.getMessage() == null ? "" : ""));
        }
    }

    private static ImageInputStream open(Path file) throws IOException, ImageException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new ImageException("cannot read it");
        }
        return in;
    }

    private static ImageReader reader(ImageInputStream in) throws ImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageException("not an image folio can read");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);    // forward only, no metadata: the first frame is all that is needed
        return reader;
    }

    /** An ImageIO failure as one line: which of them it was does not help a reader. */
    private static ImageException damaged(Exception e) {
        if (e.getCause() instanceof ImageException ie) {
            return ie;
        }
        return new ImageException("truncated or damaged image");
    }
}
