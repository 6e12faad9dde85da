package dev.folio.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes as the user writes it ({@code 64M}, {@code 512k}, {@code 2GiB}, {@code 1000}). */
public record ByteSize(long bytes) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,15})\\s*([kmgt]?)(i?b)?", Pattern.CASE_INSENSITIVE);

    public ByteSize {
        if (bytes < 1) {
            throw new IllegalArgumentException("a size must be at least 1 byte");
        }
    }

    public static ByteSize mebibytes(long n) {
        return new ByteSize(n << 20);
    }

    /** Parses a size; units are powers of 1024 (K, M, G, T, with optional {@code B} or {@code iB}). */
    public static ByteSize parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (examples: 64M, 512K, 1G)");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return new ByteSize(n << shift);
    }

    /** A short human form: {@code 64 MiB}, {@code 1.5 GiB}, {@code 900 bytes}. */
    public static String format(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String number = v >= 10 || v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
        return number + " " + units[u];
    }

    @Override
    public String toString() {
        return format(bytes);
    }
}
