package dev.folio.input;

import java.nio.charset.StandardCharsets;

/**
 * What binary data is, from its first bytes (the magic numbers of common formats), so that
 * folio can say "a PNG image" rather than guess at an encoding; and whether NUL bytes look like
 * UTF-16 text without a byte-order mark, the one case where {@code --encoding} helps.
 */
final class BinaryKind {
    private BinaryKind() {}

    /** One format: its magic bytes at an offset, and what to call it. */
    private record Magic(int offset, byte[] bytes, String name, boolean image) {
        static Magic of(int offset, String ascii, String name, boolean image) {
            return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), name, image);
        }

        boolean matches(byte[] data) {
            if (data.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (data[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Magic[] MAGIC = {
        Magic.of(0, "\u0089PNG\r\n\u001a\n", "a PNG image", true),
        Magic.of(0, "\u00ff\u00d8\u00ff", "a JPEG image", true),
        Magic.of(0, "GIF87a", "a GIF image", true),
        Magic.of(0, "GIF89a", "a GIF image", true),
        Magic.of(8, "WEBP", "a WebP image", true),
        Magic.of(0, "BM", "a BMP image", true),
        Magic.of(0, "II*\u0000", "a TIFF image", true),
        Magic.of(0, "MM\u0000*", "a TIFF image", true),
        Magic.of(0, "\u0000\u0000\u0001\u0000", "an icon image", true),
        Magic.of(4, "ftypavif", "an AVIF image", true),
        Magic.of(4, "ftypheic", "a HEIC image", true),
        Magic.of(0, "%PDF-", "a PDF document", false),
        Magic.of(0, "\u007fELF", "a program (ELF executable)", false),
        Magic.of(0, "MZ", "a Windows program", false),
        Magic.of(0, "\u00cf\u00fa\u00ed\u00fe", "a program (Mach-O executable)", false),
        Magic.of(0, "\u00ca\u00fe\u00ba\u00be", "a Java class or Mach-O program", false),
        Magic.of(0, "PK\u0003\u0004", "a ZIP archive", false),
        Magic.of(0, "\u001f\u008b", "a gzip archive", false),
        Magic.of(0, "7z\u00bc\u00af\u0027\u001c", "a 7-Zip archive", false),
        Magic.of(0, "\u00fd7zXZ\u0000", "an xz archive", false),
        Magic.of(0, "SQLite format 3\u0000", "an SQLite database", false),
        Magic.of(4, "ftyp", "a video or audio file (MP4)", false),
        Magic.of(0, "ID3", "an audio file (MP3)", false),
        Magic.of(0, "OggS", "an audio or video file (Ogg)", false),
        Magic.of(0, "fLaC", "an audio file (FLAC)", false),
    };

    /** What kind of image the data is ({@code a PNG image}), or null when it is none folio knows. */
    static String image(byte[] data) {
        for (Magic m : MAGIC) {
            if (m.matches(data)) {
                return m.image() ? m.name() : null;
            }
        }
        return null;
    }

    /** The message for data that is not text: what it is, and what to do instead. */
    static String message(byte[] data) {
        for (Magic m : MAGIC) {
            if (m.matches(data)) {
                return m.image()
                        ? m.name() + ", not text: open it in an image viewer"
                        : m.name() + ", not text";
            }
        }
        if (looksLikeUtf16(data)) {
            return "binary, or UTF-16 text without a byte-order mark (try --encoding UTF-16LE or UTF-16BE)";
        }
        return "a binary file, not text";
    }

    /**
     * UTF-16 of mostly Latin text has a NUL in every other byte, and few elsewhere: count NULs at
     * even and odd offsets in the first 4 KiB.
     */
    static boolean looksLikeUtf16(byte[] data) {
        int n = Math.min(data.length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (data[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = n / 2;
        return Math.max(even, odd) * 10 >= half * 6 && Math.min(even, odd) * 20 <= half;
    }
}
