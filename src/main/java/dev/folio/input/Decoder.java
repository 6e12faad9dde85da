package dev.folio.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a document into text. The charset is, in order: the one asked for
 * ({@code --encoding}); the byte-order mark's; UTF-8 if the bytes are valid UTF-8; the
 * detector's guess (juniversalchardet), except that a Latin-1 guess yields to GB18030 when the
 * bytes read as Chinese there ({@link Gb18030Guess}); windows-1252 when nothing is detected.
 * Binary data (NUL bytes outside UTF-16/32, or mostly undecodable) is refused.
 */
public final class Decoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What the detector calls Latin-1 family charsets (upper case). */
    private static final Set<String> LATIN1_FAMILY = Set.of("WINDOWS-1252", "ISO-8859-1", "ISO-8859-15", "US-ASCII");

    /** Share of undecodable or control characters above which guessed text counts as binary. */
    private static final double MAX_JUNK_SHARE = 0.10;

    private static final int DETECTOR_CHUNK = 64 * 1024;

    private Decoder() {}

    /** Decodes with the charset chosen from the bytes themselves. */
    public static Decoded decode(byte[] data) throws DecodeException {
        return decode(data, null);
    }

    /** Decodes with {@code explicit} when it is not null, else as {@link #decode(byte[])}. */
    public static Decoded decode(byte[] data, Charset explicit) throws DecodeException {
        if (explicit != null) {
            refuseNul(data, explicit);
            return result(lenient(data, 0, explicit), explicit, Decoded.How.EXPLICIT);
        }
        Bom bom = Bom.of(data);
        if (bom != null) {
            refuseNul(data, bom.charset());
            return result(lenient(data, bom.length(), bom.charset()), bom.charset(), Decoded.How.BOM);
        }
        refuseNul(data, StandardCharsets.UTF_8);
        String utf8 = strictUtf8(data);
        if (utf8 != null) {
            return result(utf8, StandardCharsets.UTF_8, Decoded.How.UTF8);
        }
        return guess(data);
    }

    /** Whether {@code data} starts with a byte-order mark (which then decides the charset over any label). */
    public static boolean startsWithBom(byte[] data) {
        return Bom.of(data) != null;
    }

    /** Looks up a charset by name for {@code --encoding}, with a message fit for the user. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "'");
        }
    }

    private static Decoded guess(byte[] data) throws DecodeException {
        String detected = detect(data);
        if (detected == null || isLatin1(detected)) {
            if (Gb18030Guess.looksLikeGb18030(data, 0)) {
                String gb = strict(data, GB18030);
                if (gb != null) {
                    return result(gb, GB18030, Decoded.How.GB18030_OVER_LATIN1);
                }
            }
        } else if (Gb18030Guess.isSingleByteGuess(detected) && Gb18030Guess.outranksSingleByte(data)) {
            String gb = strict(data, GB18030);
            if (gb != null) {
                return result(gb, GB18030, Decoded.How.GB18030_OVER_SINGLE_BYTE);
            }
        }
        Charset charset = detected == null ? null : supported(detected);
        Decoded.How how = Decoded.How.DETECTED;
        if (charset == null) {
            charset = WINDOWS_1252;
            how = Decoded.How.FALLBACK;
        }
        String text = lenient(data, 0, charset);
        if (junkShare(text) > MAX_JUNK_SHARE) {
            String what = BinaryKind.message(data);
            throw new DecodeException(what.startsWith("a binary file") ? what + " (mostly undecodable)" : what,
                    BinaryKind.image(data));
        }
        return result(text, charset, how);
    }

    private static String detect(byte[] data) {
        UniversalDetector detector = new UniversalDetector();
        for (int i = 0; i < data.length && !detector.isDone(); i += DETECTOR_CHUNK) {
            detector.handleData(data, i, Math.min(DETECTOR_CHUNK, data.length - i));
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean isLatin1(String name) {
        return LATIN1_FAMILY.contains(name.toUpperCase(Locale.ROOT));
    }

    private static Charset supported(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void refuseNul(byte[] data, Charset charset) throws DecodeException {
        if (Bom.isWide(charset)) {
            return;
        }
        for (byte b : data) {
            if (b == 0) {
                throw new DecodeException(BinaryKind.message(data), BinaryKind.image(data));
            }
        }
    }

    /**
     * The text if {@code data} is valid UTF-8, else null. String's own decoder is several times
     * faster than a reporting CharsetDecoder and marks every malformed sequence with U+FFFD, so
     * only text holding U+FFFD (rare: then possibly malformed) needs the strict decoder.
     */
    private static String strictUtf8(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(data, StandardCharsets.UTF_8);
    }

    /** The decoded text, or null when the bytes are not valid in {@code charset}. */
    private static String strict(byte[] data, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes, replacing what does not decode with U+FFFD. */
    private static String lenient(byte[] data, int from, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(data, from, data.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /** Share of replacement characters and unusual C0 controls in (a prefix of) {@code text}. */
    static double junkShare(String text) {
        int n = Math.min(text.length(), 1 << 16);
        if (n == 0) {
            return 0;
        }
        int junk = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean usualControl = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1B;
            if (c == '\uFFFD' || (c < 0x20 && !usualControl)) {
                junk++;
            }
        }
        return (double) junk / n;
    }

    private static Decoded result(String text, Charset charset, Decoded.How how) {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return new Decoded(t, charset, how);
    }
}
