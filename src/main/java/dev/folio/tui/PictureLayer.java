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
 * Draws a frame's pictures over their blank boxes, after the frame's text, once {@link
 * PictureCache} has them (the blank box stands until then). Only the visible rows of each
 * picture are drawn. Half blocks are screen cells, so Lanterna clears them on scroll, overlay,
 * resize and quit like any text; a graphics protocol's pictures are written around Lanterna's
 * refresh by {@link ProtocolPictures}, this layer's {@link Overdraw}, and only over cells the
 * frame left blank (a message over a picture's last row cuts the picture there).
 */
final class PictureLayer implements AutoCloseable {
    private final Graphics graphics;
    private final PictureCells cells;
    private final PictureCache cache;
    private final ProtocolPictures protocol;

    /** @param ready called from the decoding thread when a picture is ready: the runtime repaints */
    PictureLayer(Graphics graphics, Runnable ready) {
        this.graphics = graphics;
        this.cells = new PictureCells(graphics.depth());
        boolean pixels = graphics.isOn() && graphics.protocol().isGraphics();
        this.cache = graphics.isOn() ? new PictureCache(graphics.images(), pixels, ready) : null;
        this.protocol = pixels ? new ProtocolPictures(graphics.protocol(), graphics.placeholders()) : null;
    }

    /** What is written around the refresh: the graphics protocol's pictures, or nothing. */
    Overdraw overdraw() {
        return protocol == null ? Overdraw.NONE : protocol;
    }

    /** The bytes that take every picture of a graphics protocol off the screen (before quitting or suspending). */
    String clearAll() {
        return protocol == null ? "" : protocol.clearAll();
    }

    void paint(Frame frame, Source source, Screen screen) {
        if (protocol != null) {
            protocol.begin();
        }
        if (cache == null || frame.pictures().isEmpty() || source == null || source.base() == null) {
            return;
        }
        ImageFiles files = graphics.images().files(source.base());
        for (Frame.Picture p : frame.pictures()) {
            Optional<Path> file = files.local(p.target());
            if (file.isEmpty()) {
                if (p.fit() == Frame.Fit.SCREEN) {
                    String why = files.failure(p.target()).orElse(ImageFiles.isRemote(p.target()) ? "not fetched" : "not a local file");
                    cells.note(screen, Sanitizer.target(p.target()) + ": " + why, p.row(), p.column(), p.columns());
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
        if (picture.failed()) {
            if (firstRow == 0) {
                cells.note(screen, Sanitizer.target(p.target()) + ": " + picture.failure(), row, column, columns);
            }
            return;
        }
        if (protocol == null) {
            cells.paint(screen, picture.cells(), firstRow, rows, row, column);
            return;
        }
        int blank = blankRows(screen, row, column, columns, rows);
        if (blank > 0) {
            protocol.want(file, picture.pixels(), new ProtocolPictures.Placement(row, column, columns, blank, firstRow, boxRows), screen);
        }
    }

    /** How many of the box's rows, from its top, the frame left blank (and on screen) for the picture. */
    private static int blankRows(Screen screen, int row, int column, int columns, int rows) {
        com.googlecode.lanterna.TerminalSize size = screen.getTerminalSize();
        int last = Math.min(rows, size.getRows() - row);
        if (column + columns > size.getColumns()) {
            return 0;
        }
        for (int r = 0; r < last; r++) {
            for (int c = 0; c < columns; c++) {
                com.googlecode.lanterna.TextCharacter ch = screen.getBackCharacter(column + c, row + r);
                if (ch == null || !ch.is(' ')) {
                    return r;
                }
            }
        }
        return Math.max(0, last);
    }

    @Override
    public void close() {
        if (cache != null) {
            cache.close();
        }
    }
}
