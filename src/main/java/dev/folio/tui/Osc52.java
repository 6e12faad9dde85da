package dev.folio.tui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The clipboard sequence (OSC 52): {@code ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL}. The
 * payload is base64, so the text, whatever it holds, cannot end the sequence or start another.
 */
final class Osc52 {
    private Osc52() {}

    static String copy(String text) {
        String payload = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return "\u001b]52;c;" + payload + "\u0007";
    }
}
