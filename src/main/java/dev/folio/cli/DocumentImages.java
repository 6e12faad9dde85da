package dev.folio.cli;

import dev.folio.image.AnsiBlocks;
import dev.folio.image.Box;
import dev.folio.image.CellGrid;
import dev.folio.image.ImageException;
import dev.folio.image.ImageInfo;
import dev.folio.image.ImageFiles;
import dev.folio.image.Images;
import dev.folio.image.Iterm;
import dev.folio.image.Kitty;
import dev.folio.image.Protocol;
import dev.folio.image.Sixel;
import dev.folio.layout.ImageSizes;
import dev.folio.print.ImagePainter;
import dev.folio.text.Sanitizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The images of one document, for the layout (their boxes, from the headers) and for printing
 * (their pictures, encoded by folio for one protocol). Wires the image package to the layout
 * and the printer, which know nothing of it.
 */
final class DocumentImages implements ImageSizes, ImagePainter {
    private final ImageFiles files;
    private final Images images;
    private final int maxRows;
    private final Protocol protocol;
    private final AnsiBlocks.Depth depth;
    private final int heightPercent;
    private int nextId = 1;

    /**
     * @param maxRows the most rows one image may take
     * @param depth   how half blocks write colours
     */
    DocumentImages(ImageFiles files, Images images, int maxRows, Protocol protocol, AnsiBlocks.Depth depth) {
        this(files, images, maxRows, protocol, depth, 0);
    }

    /** @param heightPercent the share of the screen's rows one image may take ({@link #forScreenRows}); 0: {@code maxRows} always */
    DocumentImages(ImageFiles files, Images images, int maxRows, Protocol protocol, AnsiBlocks.Depth depth, int heightPercent) {
        this.heightPercent = heightPercent;
        this.files = files;
        this.images = images;
        this.maxRows = Math.max(1, maxRows);
        this.protocol = protocol;
        this.depth = depth;
    }

    @Override
    public Answer of(String target, int maxColumns) {
        Optional<Path> file = files.local(target);
        if (file.isEmpty()) {
            Optional<String> failure = files.failure(target);
            return failure.isPresent() ? new Refused(Sanitizer.target(target) + ": " + failure.get()) : Answer.TEXT_ONLY;
        }
        try {
            ImageInfo info = images.info(file.get());
            int rows = protocol == Protocol.KITTY ? Math.min(maxRows, Kitty.MAX_PLACEHOLDER_ROWS) : maxRows;
            Box box = dev.folio.image.Fit.box(info.width(), info.height(), images.cellSize(), maxColumns, rows);
            return new Cells(box.columns(), box.rows());
        } catch (ImageException e) {
            return new Refused(Sanitizer.target(target) + ": " + e.getMessage());
        }
    }

    @Override
    public ImageSizes forScreenRows(int rows) {
        int limit = ViewerImages.maxRows(rows, heightPercent);
        return heightPercent <= 0 || limit == maxRows ? this
                : new DocumentImages(files, images, limit, protocol, depth, heightPercent);
    }

    @Override
    public boolean fillsCells() {
        return protocol == Protocol.BLOCKS;
    }

    @Override
    public List<String> paint(String target, int columns, int rows) {
        Optional<Path> file = files.local(target);
        if (file.isEmpty()) {
            return List.of();
        }
        Box box = new Box(columns, rows);
        try {
            switch (protocol) {
                case BLOCKS: {
                    CellGrid grid = images.blocks(file.get(), box, CellGrid.DEFAULT);
                    List<String> out = new ArrayList<>(rows);
                    for (int r = 0; r < grid.rows(); r++) {
                        out.add(AnsiBlocks.row(grid, r, depth));
                    }
                    return out;
                }
                case KITTY: {
                    // The cursor stays (C=1): the box's blank lines then move past the picture.
                    List<String> out = new ArrayList<>(Collections.nCopies(rows, ""));
                    out.set(0, Kitty.show(images.screenPixels(file.get(), box), box, nextId++));
                    return out;
                }
                case ITERM:
                    // The terminal moves the cursor below the picture itself: one line.
                    return List.of(Iterm.show(images.screenPixels(file.get(), box), box));
                case SIXEL:
                    return List.of(Sixel.show(images.screenPixels(file.get(), box)));
                default:
                    return List.of();
            }
        } catch (ImageException e) {
            List<String> out = new ArrayList<>(Collections.nCopies(rows, ""));
            out.set(0, Sanitizer.visible(Sanitizer.target(target) + ": " + e.getMessage()));
            return out;
        }
    }
}
