package dev.folio.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Images for one terminal: the box an image takes (from its header, cached), and its cells or
 * escapes at that box (decoded once, cached by file, its modification time and size, and the
 * box). Thread-safe: the viewer asks from a worker, the layout from its own thread.
 */
public final class Images {
    private static final int MAX_DECODED = 64;
    private static final int MAX_PROBED = 4096;

    private final ImageDecoder decoder;
    private final CellSize cell;
    private final RemoteCopies remote;
    private final Map<Key, Object> probed = lru(MAX_PROBED);
    private final Map<Key, Object> decoded = lru(MAX_DECODED);

    public Images(ImageLimits limits, CellSize cell) {
        this(limits, cell, RemoteCopies.NONE);
    }

    /** @param remote the local copies of remote images, for {@link #files} */
    public Images(ImageLimits limits, CellSize cell, RemoteCopies remote) {
        this.decoder = new ImageDecoder(limits);
        this.cell = cell;
        this.remote = remote == null ? RemoteCopies.NONE : remote;
    }

    /** Where the images of a document in {@code base} are, remote ones included. */
    public ImageFiles files(java.nio.file.Path base) {
        return new ImageFiles(base, remote);
    }

    public CellSize cellSize() {
        return cell;
    }

    /** The image's header, or why it cannot be shown. */
    public ImageInfo info(Path file) throws ImageException {
        Key key = Key.of(file, null, "info");
        Object hit;
        synchronized (probed) {
            hit = probed.get(key);
        }
        if (hit == null) {
            try {
                hit = decoder.probe(file);
            } catch (ImageException e) {
                hit = e;
            }
            synchronized (probed) {
                probed.put(key, hit);
            }
        }
        if (hit instanceof ImageException e) {
            throw new ImageException(e.getMessage());
        }
        return (ImageInfo) hit;
    }

    /** The box the image takes in at most {@code maxColumns × maxRows}, or empty when it cannot be shown. */
    public Optional<Box> box(Path file, int maxColumns, int maxRows) {
        try {
            ImageInfo info = info(file);
            return Optional.of(Fit.box(info.width(), info.height(), cell, maxColumns, maxRows));
        } catch (ImageException e) {
            return Optional.empty();
        }
    }

    /** Half-block cells of the image filling {@code box}. */
    public CellGrid blocks(Path file, Box box, int background) throws ImageException {
        Pixels pixels = pixels(file, HalfBlocks.pixelWidth(box), HalfBlocks.pixelHeight(box));
        return HalfBlocks.encode(pixels, background);
    }

    /** The image at the pixel size of {@code box} on this terminal (for graphics protocols). */
    public Pixels screenPixels(Path file, Box box) throws ImageException {
        return pixels(file, box.columns() * cell.width(), box.rows() * cell.height());
    }

    private Pixels pixels(Path file, int width, int height) throws ImageException {
        Key key = Key.of(file, width + "x" + height, "pixels");
        Object hit;
        synchronized (decoded) {
            hit = decoded.get(key);
        }
        if (hit == null) {
            try {
                hit = decoder.decode(file, width, height);
            } catch (ImageException e) {
                hit = e;
            }
            synchronized (decoded) {
                decoded.put(key, hit);
            }
        }
        if (hit instanceof ImageException e) {
            throw new ImageException(e.getMessage());
        }
        return (Pixels) hit;
    }

    /** A file as it is now (a changed file is another key), at one size. */
    private record Key(Path file, long modified, long size, String what, String detail) {
        static Key of(Path file, String detail, String what) {
            Path abs = file.toAbsolutePath().normalize();
            try {
                BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
                return new Key(abs, a.lastModifiedTime().toMillis(), a.size(), what, detail);
            } catch (IOException e) {
                return new Key(abs, -1, -1, what, detail);
            }
        }
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
