package dev.folio.open;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small, allocation-light helpers to take an href apart: scheme, fragment, percent-decoding. */
final class Href {
    private Href() {}

    /** The lower-case scheme of an absolute URI ({@code https}, {@code javascript}), or "" for a relative reference. */
    static String scheme(String href) {
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') {
                return i == 0 ? "" : href.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean allowed = letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!allowed) {
                return "";
            }
        }
        return "";
    }

    /** The part before {@code #} and {@code ?}: the path of a relative reference. */
    static String path(String href) {
        int cut = href.length();
        int hash = href.indexOf('#');
        int query = href.indexOf('?');
        if (hash >= 0) {
            cut = hash;
        }
        if (query >= 0 && query < cut) {
            cut = query;
        }
        return href.substring(0, cut);
    }

    /** The decoded fragment (after the first {@code #}), or "" when there is none. */
    static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? "" : decode(href.substring(hash + 1));
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8 ({@code my%20file.md}, {@code %E4%B8%AD.md}); a
     * {@code %} not followed by two hex digits stays as written. Invalid UTF-8 becomes U+FFFD.
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Percent-encodes what must never travel raw in a URI handed to another program: controls,
     * spaces, quotes, angle brackets, backquotes and bidirectional formatting characters (so the
     * program receives what the status line showed).
     */
    static String escapeUnsafe(String uri) {
        StringBuilder out = null;
        for (int i = 0; i < uri.length(); ) {
            int c = uri.codePointAt(i);
            int next = i + Character.charCount(c);
            // Invisible and format characters (zero-width spaces, tag characters, U+061C, bidi
            // controls, exotic spaces) are encoded too: the browser then shows them, as %E2%80%8B.
            boolean unsafe = c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '"' || c == '<' || c == '>'
                    || c == '`' || dev.folio.text.Sanitizer.isInvisible(c);
            if (unsafe && out == null) {
                out = new StringBuilder(uri.length() + 16).append(uri, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                    }
                } else {
                    out.appendCodePoint(c);
                }
            }
            i = next;
        }
        return out == null ? uri : out.toString();
    }

    /** Whether the authority of {@code scheme://authority…} starts with {@code -} (also percent-encoded). */
    static boolean authorityStartsWithDash(String uri) {
        int slashes = uri.indexOf("://");
        if (slashes < 0) {
            return false;
        }
        String rest = uri.substring(slashes + 3);
        return rest.startsWith("-") || rest.toUpperCase(Locale.ROOT).startsWith("%2D");
    }

    /** The extension of a file name, lower case, without the dot; "" for none (and for dot files). */
    static String extension(String fileName) {
        // "evil.desktop " (a trailing space, NBSP, ZWSP or tab) is still a .desktop file to a launcher.
        int end = fileName.length();
        while (end > 0 && (Character.isWhitespace(fileName.charAt(end - 1)) || Character.isSpaceChar(fileName.charAt(end - 1))
                || dev.folio.text.Sanitizer.isInvisible(fileName.charAt(end - 1)) || Character.isISOControl(fileName.charAt(end - 1)))) {
            end--;
        }
        int dot = fileName.lastIndexOf('.', end - 1);
        return dot <= 0 ? "" : fileName.substring(dot + 1, end).toLowerCase(Locale.ROOT);
    }
}
