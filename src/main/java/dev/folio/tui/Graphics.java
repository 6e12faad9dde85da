package dev.folio.tui;

import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.theme.ColorDepth;

/**
 * How the runtime draws images: the decoder (with its cell size and limits), the protocol
 * chosen for this terminal, and the colours half blocks may use.
 */
public record Graphics(Images images, Protocol protocol, ColorDepth depth) {
    /** No images: every image stays its text line. */
    public static final Graphics NONE = new Graphics(null, Protocol.OFF, ColorDepth.NONE);

    public boolean isOn() {
        return images != null && protocol != Protocol.OFF;
    }
}
