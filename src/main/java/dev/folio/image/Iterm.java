package dev.folio.image;

import java.util.Base64;

/**
 * The iTerm2 inline image protocol (iTerm2, WezTerm, mintty): one OSC 1337 sequence holding
 * the picture as PNG in base64, stretched over a box of cells at the cursor.
 */
public final class Iterm {
    private Iterm() {}

    public static String show(Pixels pixels, Box box) {
        byte[] png = PngBytes.of(pixels);
        return "\u001b]1337;File=inline=1;size=" + png.length + ";width=" + box.columns() + ";height=" + box.rows()
                + ";preserveAspectRatio=0:" + Base64.getEncoder().encodeToString(png) + "\u0007";
    }
}
