package dev.folio.layout;

import dev.folio.doc.MediaKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the box of a drawable image above its caption line: the inline flattener marks the
 * image's link, and when the caption row comes to be emitted, blank rows of the image's size
 * go first. A table cell gets a box too ({@link #inCell}), as wide as the cell allows, placed
 * when the table's row is emitted ({@link #placeInCell}); a cell narrower than {@link
 * #MIN_CELL_COLUMNS} and a table stacked as records keep the text line.
 */
final class ImageRows {
    private final ImageSizes sizes;
    private final Map<Integer, String> pending = new HashMap<>();
    private final Map<Integer, ImageBox> boxes = new HashMap<>();
    private final Map<Integer, String> refusals = new HashMap<>();

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
        int id = captionOf(row);
        String target = id == Span.NO_LINK ? null : pending.get(id);
        if (target == null) {
            return;
        }
        int room = out.contentWidth();
        ImageSizes.Answer answer = sizes.of(target, room);
        if (answer instanceof ImageSizes.Cells cells) {
            pending.remove(id);
            int columns = Math.min(room, cells.columns());
            // The box's cells carry the image's link: a click on the picture opens it, and a
            // printer finds which image a row belongs to from the span alone.
            Row blank = Row.of(new Span(Fill.spaces(columns), Role.IMAGE, 0, id));
            int[] first = {-1};
            for (int i = 0; i < cells.rows(); i++) {
                out.emit(i == 0 ? blank.withTag(line -> first[0] = line) : blank, sourceLine);
            }
            boxes.put(id, new ImageBox(first[0], out.width() - room, columns, cells.rows()));
        } else if (answer instanceof ImageSizes.Refused refused) {
            refusals.put(id, refused.reason());
        } else {
            pending.remove(id);
        }
    }

    /** A picture in a table cell is drawn only when the cell is at least this wide; narrower, it would be a smear. */
    static final int MIN_CELL_COLUMNS = 6;

    /**
     * The rows of a table cell {@code width} columns wide with a box before the caption of every
     * drawable image in it: blank {@link Role#IMAGE} rows carrying the image's link. Their place
     * on the page is told later, by {@link #placeInCell}, when the table's lines are emitted.
     */
    List<Row> inCell(List<Row> rows, int width) {
        if (pending.isEmpty() || width < MIN_CELL_COLUMNS) {
            return rows;
        }
        List<Row> out = new java.util.ArrayList<>(rows.size());
        for (Row row : rows) {
            int id = captionOf(row);
            String target = id == Span.NO_LINK ? null : pending.get(id);
            if (target != null) {
                pending.remove(id);
                if (sizes.of(target, width) instanceof ImageSizes.Cells cells) {
                    Row blank = Row.of(new Span(Fill.spaces(Math.min(width, cells.columns())), Role.IMAGE, 0, id));
                    for (int i = 0; i < cells.rows(); i++) {
                        out.add(blank);
                    }
                }
            }
            out.add(row);
        }
        return out;
    }

    /** The box of link {@code id} in a table cell: its first row is page line {@code firstLine}, from {@code column}. */
    void placeInCell(int id, int firstLine, int column, int columns, int rows) {
        boxes.putIfAbsent(id, new ImageBox(firstLine, column, columns, rows));
    }

    /** Emits the reason an image is not shown after its caption's last row. */
    void after(Row row, Row next, Emitter out, int sourceLine) {
        int id = captionOf(row);
        if (id == Span.NO_LINK || !refusals.containsKey(id) || (next != null && captionLink(next) == id)) {
            return;
        }
        pending.remove(id);
        String reason = refusals.remove(id);
        TextFlow note = new TextFlow();
        note.appendFlat(reason, SpanStyle.of(Role.MEDIA_NOTE));
        out.emit(LineBreaker.layout(note, out.contentWidth()), sourceLine);
    }

    /** The link of a media caption {@code row} belongs to, or {@link Span#NO_LINK}. */
    private int captionOf(Row row) {
        if (pending.isEmpty()) {
            return Span.NO_LINK;
        }
        return captionLink(row);
    }

    private static int captionLink(Row row) {
        if (row.isEmpty()) {
            return Span.NO_LINK;
        }
        Span first = row.spans().get(0);
        return first.role() == Role.MEDIA && first.isLink() ? first.link() : Span.NO_LINK;
    }

    /** The box drawn for link {@code id}, or {@link ImageBox#NONE}. */
    ImageBox box(int id) {
        return boxes.getOrDefault(id, ImageBox.NONE);
    }
}
