package dev.folio.tui;

import dev.folio.image.Box;
import dev.folio.image.CellGrid;
import dev.folio.image.ImageException;
import dev.folio.image.Images;
import dev.folio.image.Pixels;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pictures on screen (half-block cells, or for a graphics protocol their pixels at the
 * box's size on screen), decoded and scaled off the UI thread. The UI
 * thread asks; what is not ready yet is queued for a worker of its own (one thread: decoding
 * is heavy, and the screen needs its images in order), which calls {@code ready} when done so
 * the runtime repaints. Kept by file and box, so scrolling back costs nothing.
 */
final class PictureCache implements AutoCloseable {
    private static final int MAX_PICTURES = 96;

    /** A picture: its cells (half blocks) or its pixels (graphics), or why it cannot be shown. */
    record Picture(CellGrid cells, Pixels pixels, String failure) {
        Picture(CellGrid cells, String failure) {
            this(cells, null, failure);
        }

        boolean failed() {
            return failure != null;
        }
    }

    private record Key(Path file, int columns, int rows) {}

    private final Images images;
    private final boolean screenPixels;
    private final Runnable ready;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "folio-images");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final Map<Key, Picture> done = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Picture> eldest) {
            return size() > MAX_PICTURES;
        }
    };
    private final Set<Key> queued = new HashSet<>();

    PictureCache(Images images, Runnable ready) {
        this(images, false, ready);
    }

    /** @param screenPixels whether pictures are wanted as pixels (graphics protocols) rather than cells */
    PictureCache(Images images, boolean screenPixels, Runnable ready) {
        this.images = images;
        this.screenPixels = screenPixels;
        this.ready = ready;
    }

    /** The picture if it is ready; else null, and it is decoded in the background. */
    synchronized Picture get(Path file, int columns, int rows) {
        Key key = new Key(file, columns, rows);
        Picture hit = done.get(key);
        if (hit != null || !queued.add(key)) {
            return hit;
        }
        worker.execute(() -> decode(key));
        return null;
    }

    private void decode(Key key) {
        Picture picture;
        try {
            Box box = new Box(key.columns(), key.rows());
            picture = screenPixels ? new Picture(null, images.screenPixels(key.file(), box), null)
                    : new Picture(images.blocks(key.file(), box, CellGrid.DEFAULT), null);
        } catch (ImageException e) {
            picture = new Picture(null, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            picture = new Picture(null, "cannot be decoded");
        }
        synchronized (this) {
            done.put(key, picture);
            queued.remove(key);
        }
        ready.run();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
