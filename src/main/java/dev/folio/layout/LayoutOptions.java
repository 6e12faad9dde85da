package dev.folio.layout;

import dev.folio.text.AmbiguousWidth;

/**
 * How to lay a document out.
 *
 * @param width     columns available (at least 1)
 * @param linkNotes whether to list link targets after each block (print mode without OSC 8)
 * @param highlighter finds the tokens of code blocks ({@link CodeHighlighter#NONE}: none)
 * @param ambiguous how many columns East Asian Ambiguous characters take (the terminal's choice)
 * @param images    the on-screen size of images, drawn in a box above their caption ({@link ImageSizes#NONE}: none)
 * @param wiki      where wiki links lead ({@link WikiTargets#NONE}: not looked up; an unresolved one gets a note)
 */
public record LayoutOptions(int width, LinkNotes linkNotes, CodeHighlighter highlighter, AmbiguousWidth ambiguous,
                            ImageSizes images, WikiTargets wiki) {
    public LayoutOptions {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        if (highlighter == null) {
            highlighter = CodeHighlighter.NONE;
        }
        if (ambiguous == null) {
            ambiguous = AmbiguousWidth.NARROW;
        }
        if (images == null) {
            images = ImageSizes.NONE;
        }
        if (wiki == null) {
            wiki = WikiTargets.NONE;
        }
    }

    /** Wiki links not looked up. */
    public LayoutOptions(int width, LinkNotes linkNotes, CodeHighlighter highlighter, AmbiguousWidth ambiguous,
                         ImageSizes images) {
        this(width, linkNotes, highlighter, ambiguous, images, WikiTargets.NONE);
    }

    /** Without pictures: every image is its text line. */
    public LayoutOptions(int width, LinkNotes linkNotes, CodeHighlighter highlighter, AmbiguousWidth ambiguous) {
        this(width, linkNotes, highlighter, ambiguous, ImageSizes.NONE);
    }

    /** Ambiguous characters one column wide. */
    public LayoutOptions(int width, LinkNotes linkNotes, CodeHighlighter highlighter) {
        this(width, linkNotes, highlighter, AmbiguousWidth.NARROW);
    }

    /** Without code highlighting. */
    public LayoutOptions(int width, LinkNotes linkNotes) {
        this(width, linkNotes, CodeHighlighter.NONE);
    }

    /** These options with code highlighted by {@code newHighlighter}. */
    public LayoutOptions withHighlighter(CodeHighlighter newHighlighter) {
        return new LayoutOptions(width, linkNotes, newHighlighter, ambiguous, images, wiki);
    }

    /** These options with ambiguous characters counted as {@code newAmbiguous}. */
    public LayoutOptions withAmbiguous(AmbiguousWidth newAmbiguous) {
        return new LayoutOptions(width, linkNotes, highlighter, newAmbiguous, images, wiki);
    }

    /** These options with images drawn in boxes of the sizes {@code sizes} tells. */
    public LayoutOptions withImages(ImageSizes sizes) {
        return new LayoutOptions(width, linkNotes, highlighter, ambiguous, sizes, wiki);
    }

    /** These options with wiki links looked up by {@code targets}. */
    public LayoutOptions withWiki(WikiTargets targets) {
        return new LayoutOptions(width, linkNotes, highlighter, ambiguous, images, targets);
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
