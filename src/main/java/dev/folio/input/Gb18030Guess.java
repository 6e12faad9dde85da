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
    private Gb18030Guess() {}

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
