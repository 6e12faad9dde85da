package dev.folio.layout;

import dev.folio.doc.MediaKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the box of a drawable image above its caption line: the inline flattener marks the
 * image's link, and when the caption row comes to be emitted, blank rows of the image's size
 * go first. Only captions laid out as running text get a box; a table cell keeps the text line.
 */
final class ImageRows {
    private final ImageSizes sizes;
    private final Map<Integer, String> pending = new HashMap<>();
    private final Map<Integer, ImageBox> boxes = new HashMap<>();

    ImageRows(ImageSizes sizes) {
        this.sizes = sizes;
    }

    /** A media item with link {@code id} may be drawn, if its size can be told. */
    void mark(MediaKind kind, String target, int id) {
        if (sizes != ImageSizes.NONE && (kind == MediaKind.IMAGE || kind == MediaKind.SVG) && id != Span.NO_LINK) {
            pending.put(id, target);
        }
    }

    /** Emits the image's box before {@code row} when {@code row} starts the caption of a marked image. */
    void before(Row row, Emitter out, int sourceLine) {
        if (pending.isEmpty() || row.isEmpty()) {
            return;
        }
        Span first = row.spans().get(0);
        if (first.role() != Role.MEDIA || !first.isLink()) {
            return;
        }
        String target = pending.remove(first.link());
        if (target == null) {
            return;
        }
        int room = out.contentWidth();
        Optional<ImageSizes.Cells> cells = sizes.of(target, room);
        if (cells.isEmpty()) {
            return;
        }
        int columns = Math.min(room, cells.get().columns());
        int rows = cells.get().rows();
        Row blank = Row.of(new Span(Fill.spaces(columns), Role.IMAGE));
        int first0 = -1;
        for (int i = 0; i < rows; i++) {
            int[] at = new int[1];
            out.emit(blank.withTag(line -> at[0] = line), sourceLine);
            if (i == 0) {
                first0 = at[0];
            }
        }
        boxes.put(first.link(), new ImageBox(first0, out.width() - room, columns, rows));
    }

    /** The box drawn for link {@code id}, or {@link ImageBox#NONE}. */
    ImageBox box(int id) {
        return boxes.getOrDefault(id, ImageBox.NONE);
    }
}
