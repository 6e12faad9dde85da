package dev.folio.tui;

import dev.folio.text.Sanitizer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The clipboard sequence (OSC 52): {@code ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL}. The
 * payload is base64, so the text, whatever it holds, cannot end the sequence or start another.
 */
final class Osc52 {
    private Osc52() {}

    /**
     * The sequence that puts {@code text} on the clipboard. Control characters are copied as
     * their placeholders: pasted into a shell, an ESC could end a bracketed paste and a newline
     * would run a command the reader never saw.
     */
    static String copy(String text) {
        String payload = Base64.getEncoder().encodeToString(Sanitizer.visible(text).getBytes(StandardCharsets.UTF_8));
        return "\u001b]52;c;" + payload + "\u0007";
    }
}
