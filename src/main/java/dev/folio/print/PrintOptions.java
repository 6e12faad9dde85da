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
 */
public record PrintOptions(ColorDepth color, Hyperlinks hyperlinks, Theme theme, LinkTargets links) {
    /** Plain text, no escape sequences. */
    public static PrintOptions plainText() {
        return new PrintOptions(ColorDepth.NONE, Hyperlinks.OFF, Themes.builtIn("plain"), new LinkTargets(null, null));
    }

    /** Whether to write OSC 8 hyperlinks. */
    public enum Hyperlinks { ON, OFF }
}
