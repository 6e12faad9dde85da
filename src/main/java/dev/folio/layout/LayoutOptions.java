package dev.folio.layout;

/**
 * How to lay a document out.
 *
 * @param width     columns available (at least 1)
 * @param linkNotes whether to list link targets after each block (print mode without OSC 8)
 * @param highlighter finds the tokens of code blocks ({@link CodeHighlighter#NONE}: none)
 * @param images    the on-screen size of images, drawn in a box above their caption ({@link ImageSizes#NONE}: none)
 */
public record LayoutOptions(int width, LinkNotes linkNotes, CodeHighlighter highlighter, ImageSizes images) {
    public LayoutOptions {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        if (highlighter == null) {
            highlighter = CodeHighlighter.NONE;
        }
        if (images == null) {
            images = ImageSizes.NONE;
        }
    }

    /** Without pictures: every image is its text line. */
    public LayoutOptions(int width, LinkNotes linkNotes, CodeHighlighter highlighter) {
        this(width, linkNotes, highlighter, ImageSizes.NONE);
    }

    /** These options with images drawn in boxes of the sizes {@code sizes} tells. */
    public LayoutOptions withImages(ImageSizes sizes) {
        return new LayoutOptions(width, linkNotes, highlighter, sizes);
    }

    /** Without code highlighting. */
    public LayoutOptions(int width, LinkNotes linkNotes) {
        this(width, linkNotes, CodeHighlighter.NONE);
    }

    /** These options with code highlighted by {@code newHighlighter}. */
    public LayoutOptions withHighlighter(CodeHighlighter newHighlighter) {
        return new LayoutOptions(width, linkNotes, newHighlighter, images);
    }

    public static LayoutOptions of(int width) {
        return new LayoutOptions(width, LinkNotes.NONE);
    }

    public enum LinkNotes {
        /** Link text only; the target is reached through the link region (viewer, OSC 8). */
        NONE,
        /** A numbered mark after each link and a list of targets after its block. */
        AFTER_BLOCK
    }
}
