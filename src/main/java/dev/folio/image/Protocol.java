package dev.folio.image;

import java.util.Locale;

/** How images reach the terminal. The names are those of {@code --images} and the config key. */
public enum Protocol {
    /** The kitty graphics protocol (with Unicode placeholders inside tmux). */
    KITTY,
    /** The iTerm2 inline image protocol. */
    ITERM,
    SIXEL,
    /** Unicode half blocks in colour: every terminal. */
    BLOCKS,
    /** No images: the text line only. */
    OFF;

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this protocol draws pixels itself (rather than coloured text cells). */
    public boolean isGraphics() {
        return this == KITTY || this == ITERM || this == SIXEL;
    }
}
