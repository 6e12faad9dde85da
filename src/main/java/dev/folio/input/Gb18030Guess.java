package dev.folio.input;

/**
 * Second opinion on text the charset detector calls Latin-1: mostly-ASCII Chinese text in
 * GB18030 has too few multi-byte characters for the detector, which then says windows-1252.
 * The bytes are taken as GB18030 when they decode strictly and nearly all of their double-byte
 * characters lie in the GB2312 area (lead and trail byte 0xA1–0xFE), where real Chinese text
 * lives; Latin-1 text only lands there when two accented letters meet, so German or French
 * text that happens to be valid GB18030 (as {@code Grüße} is) is not taken for Chinese.
 */
final class Gb18030Guess {
    /**
     * Below this confidence of the single-byte prober a short text is not taken for Thai or
     * Cyrillic over GB18030. Measured: real short Thai and Russian (one to three words) score
     * 0.84 to 0.99; short Chinese in GB18030 read as TIS-620, KOI8-R or IBM855 0.14 to 0.68.
     */
    static final float SINGLE_BYTE_CONFIDENCE = 0.75f;

    /** Texts with more double-byte characters than this give the detector enough to go on. */
    static final int SHORT = 64;

    private Gb18030Guess() {}

    /** Whether the detector's answer is one of its single-byte, non-Latin charsets. */
    static boolean isSingleByteGuess(String detected) {
        String name = detected.toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("TIS") || name.startsWith("KOI8") || name.startsWith("IBM8") || name.startsWith("ISO-8859")
                || name.startsWith("WINDOWS-125") || name.startsWith("X-MAC") || name.equals("MACCYRILLIC");
    }

    /**
     * For a short text the detector called single-byte: GB18030 ranks first when the bytes read
     * as Chinese ({@link #looksLikeGb18030}) and the single-byte prober is not confident: the
     * detector's Chinese statistics need more characters than a heading and a line give them.
     */
    static boolean outranksSingleByte(byte[] data) {
        if (doubleByteCount(data) > SHORT || !looksLikeGb18030(data, 0)) {
            return false;
        }
        org.mozilla.universalchardet.prober.SBCSGroupProber singleByte = new org.mozilla.universalchardet.prober.SBCSGroupProber();
        singleByte.handleData(data, 0, data.length);
        return singleByte.getConfidence() < SINGLE_BYTE_CONFIDENCE;
    }

    private static int doubleByteCount(byte[] data) {
        int high = 0;
        for (byte b : data) {
            if (b < 0) {
                high++;
            }
        }
        return high / 2;
    }

    static boolean looksLikeGb18030(byte[] data, int from) {
        int multiByte = 0;
        int gb2312 = 0;
        int i = from;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            if (i + 1 >= data.length) {
                return false;
            }
            int trail = data[i + 1] & 0xFF;
            multiByte++;
            if (trail >= 0x30 && trail <= 0x39) {
                i += 4;
            } else {
                if (b >= 0xA1 && b <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) {
                    gb2312++;
                }
                i += 2;
            }
        }
        return multiByte > 0 && gb2312 * 10L >= multiByte * 9L;
    }
}
