package dev.folio.print;

import dev.folio.theme.ColorDepth;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;

/**
 * How to print a page.
 *
 * @param color      colour depth; {@link ColorDepth#NONE} writes plain text
 * @param hyperlinks whether links become OSC 8 hyperlinks
 * @param theme      roles to styles
 * @param links      where link targets resolve (for hyperlinks)
 * @param images     draws the pictures of image boxes ({@link ImagePainter#NONE}: left blank)
 */
public record PrintOptions(ColorDepth color, Hyperlinks hyperlinks, Theme theme, LinkTargets links, ImagePainter images) {
    public PrintOptions {
        if (images == null) {
            images = ImagePainter.NONE;
        }
    }

    public PrintOptions(ColorDepth color, Hyperlinks hyperlinks, Theme theme, LinkTargets links) {
        this(color, hyperlinks, theme, links, ImagePainter.NONE);
    }

    /** These options with pictures drawn by {@code painter}. */
    public PrintOptions withImages(ImagePainter painter) {
        return new PrintOptions(color, hyperlinks, theme, links, painter);
    }

    /** Plain text, no escape sequences. */
    public static PrintOptions plainText() {
        return new PrintOptions(ColorDepth.NONE, Hyperlinks.OFF, Themes.builtIn("plain"), new LinkTargets(null, null));
    }

    /** Whether to write OSC 8 hyperlinks. */
    public enum Hyperlinks { ON, OFF }
}
