package dev.folio.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.folio.doc.Source;
import dev.folio.image.Box;
import dev.folio.image.Fit;
import dev.folio.image.ImageException;
import dev.folio.image.ImageFiles;
import dev.folio.image.ImageInfo;
import dev.folio.text.Sanitizer;
import dev.folio.viewer.Frame;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Draws a frame's pictures over their blank boxes, after the frame's text: half blocks from
 * {@link PictureCache} when ready, nothing (the blank box) until then. Only the visible rows
 * of each picture are written, as screen cells, so Lanterna clears them on scroll, overlay,
 * resize and quit like any text, and no escape of a graphics protocol is ever sent.
 */
final class PictureLayer implements AutoCloseable {
    private final Graphics graphics;
    private final PictureCells cells;
    private final PictureCache cache;

    /** @param ready called from the decoding thread when a picture is ready: the runtime repaints */
    PictureLayer(Graphics graphics, Runnable ready) {
        this.graphics = graphics;
        this.cells = new PictureCells(graphics.depth());
        this.cache = graphics.isOn() ? new PictureCache(graphics.images(), ready) : null;
    }

    void paint(Frame frame, Source source, Screen screen) {
        if (cache == null || frame.pictures().isEmpty() || source == null || source.base() == null) {
            return;
        }
        ImageFiles files = new ImageFiles(source.base());
        for (Frame.Picture p : frame.pictures()) {
            Optional<Path> file = files.local(p.target());
            if (file.isEmpty()) {
                if (p.fit() == Frame.Fit.SCREEN) {
                    cells.note(screen, "remote images are not shown here: " + Sanitizer.target(p.target()), p.row(), p.column(), p.columns());
                }
                continue;
            }
            if (p.fit() == Frame.Fit.SCREEN) {
                paintFullScreen(p, file.get(), screen);
            } else {
                paintBox(p, file.get(), screen, p.row(), p.column(), p.columns(), p.boxRows(), p.firstRow(), p.rows());
            }
        }
    }

    private void paintFullScreen(Frame.Picture p, Path file, Screen screen) {
        ImageInfo info;
        try {
            info = graphics.images().info(file);
        } catch (ImageException e) {
            cells.note(screen, Sanitizer.target(p.target()) + ": " + e.getMessage(), p.row(), p.column(), p.columns());
            return;
        }
        Box box = Fit.fill(info.width(), info.height(), graphics.images().cellSize(), p.columns(), p.rows());
        int row = p.row() + (p.rows() - box.rows()) / 2;
        int column = p.column() + (p.columns() - box.columns()) / 2;
        paintBox(p, file, screen, row, column, box.columns(), box.rows(), 0, box.rows());
    }

    private void paintBox(Frame.Picture p, Path file, Screen screen, int row, int column, int columns, int boxRows,
                          int firstRow, int rows) {
        PictureCache.Picture picture = cache.get(file, columns, boxRows);
        if (picture == null) {
            return;     // decoding: the blank box stands until it is ready
        }
        if (picture.cells() == null) {
            if (firstRow == 0) {
                cells.note(screen, Sanitizer.target(p.target()) + ": " + picture.failure(), row, column, columns);
            }
            return;
        }
        cells.paint(screen, picture.cells(), firstRow, rows, row, column);
    }

    @Override
    public void close() {
        if (cache != null) {
            cache.close();
        }
    }
}
