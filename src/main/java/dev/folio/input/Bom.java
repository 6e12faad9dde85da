package dev.folio.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte-order marks folio recognises, longest first so UTF-32LE is not taken for UTF-16LE. */
enum Bom {
    UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
    UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] bytes;

    Bom(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    /** The mark {@code data} starts with, or null. */
    static Bom of(byte[] data) {
        for (Bom bom : values()) {
            if (bom.startsWith(data)) {
                return bom;
            }
        }
        return null;
    }

    private boolean startsWith(byte[] data) {
        if (data.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((data[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** True for the UTF-16/32 families, whose text legitimately holds NUL bytes. */
    static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }
}
