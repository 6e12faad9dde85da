package dev.folio.input;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset used and how it was chosen (for {@code --debug}).
 * The text never starts with a byte-order mark.
 */
public record Decoded(String text, Charset charset, How how) {
    /** How the charset was chosen. */
    public enum How {
        /** {@code --encoding} named it. */
        EXPLICIT,
        /** A byte-order mark. */
        BOM,
        /** The bytes are valid UTF-8 (plain ASCII included). */
        UTF8,
        /** The charset detector's answer. */
        DETECTED,
        /** The detector said Latin-1 but the bytes read as Chinese in GB18030. */
        GB18030_OVER_LATIN1,
        /** A short text the detector took for a single-byte charset (Thai, Cyrillic) reads better as GB18030. */
        GB18030_OVER_SINGLE_BYTE,
        /** Nothing fitted better: windows-1252, which maps every byte. */
        FALLBACK
    }
}
