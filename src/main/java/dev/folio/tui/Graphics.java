package dev.folio.tui;

import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.theme.ColorDepth;

/**
 * How the runtime draws images: the decoder (with its cell size and limits), the protocol
 * chosen for this terminal, the colours half blocks may use, and whether kitty pictures are
 * drawn with Unicode placeholders (inside tmux).
 */
public record Graphics(Images images, Protocol protocol, ColorDepth depth, boolean placeholders) {
    public Graphics(Images images, Protocol protocol, ColorDepth depth) {
        this(images, protocol, depth, false);
    }

    /** No images: every image stays its text line. */
    public static final Graphics NONE = new Graphics(null, Protocol.OFF, ColorDepth.NONE);

    public boolean isOn() {
        return images != null && protocol != Protocol.OFF;
    }
}
