package dev.folio.layout;

import dev.folio.doc.MediaKind;

/**
 * A media item of the page (image, audio, video, embedded): what the media list shows.
 *
 * @param line the line of its text (the caption, below the picture when it has one)
 * @param link the id of its {@link LinkRegion}, or {@link Span#NO_LINK} when it has no target
 * @param box  where its picture is drawn, or {@link ImageBox#NONE}
 */
public record MediaItem(MediaKind kind, String target, String label, int line, int link, ImageBox box) {
    public MediaItem {
        if (box == null) {
            box = ImageBox.NONE;
        }
    }

    /** A media item shown as its text line only. */
    public MediaItem(MediaKind kind, String target, String label, int line, int link) {
        this(kind, target, label, line, link, ImageBox.NONE);
    }
}
