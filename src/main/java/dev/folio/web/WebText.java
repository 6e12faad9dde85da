package dev.folio.web;

import dev.folio.input.DecodeException;
import dev.folio.input.Decoded;
import dev.folio.input.Decoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched body as text. The charset is, in order: {@code --encoding}; a byte-order mark; the
 * valid UTF-8; the {@code Content-Type}'s {@code charset} (unless it names a charset Java lacks, or
 * says UTF-8 of bytes that are not); for HTML, {@code <meta charset>} or its {@code http-equiv}
 * form in the first 4 kB; then the same detection as for files.
 */
final class WebText {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private WebText() {}

    static Decoded decode(byte[] body, String contentType, ContentKind kind, Charset explicit, String name) throws WebException {
        try {
            if (explicit != null || Decoder.startsWithBom(body)) {
                return Decoder.decode(body, explicit);
            }
            Charset declared = known(headerCharset(contentType));
            if (declared == null && kind == ContentKind.HTML) {
                declared = known(metaCharset(body));
            }
            Decoded found;
            try {
                found = Decoder.decode(body, null);
            } catch (DecodeException e) {
                if (declared == null) {
                    throw e;
                }
                return Decoder.decode(body, declared);
            }
            // Valid UTF-8 is UTF-8 whatever the label says (servers often mislabel it as Latin-1),
            // and a UTF-8 label on bytes that are not is wrong: the detector's guess stands.
            if (found.how() == Decoded.How.UTF8 || declared == null || declared.equals(StandardCharsets.UTF_8)) {
                return found;
            }
            return Decoder.decode(body, declared);
        } catch (DecodeException e) {
            throw new WebException(name, WebException.Kind.REFUSED, e.getMessage(), e);
        }
    }

    static String headerCharset(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType == null ? "" : contentType);
        return m.find() ? m.group(1) : null;
    }

    static String metaCharset(byte[] body) {
        Matcher m = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    /** The charset named, or null when there is no name or Java does not know it. */
    private static Charset known(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252, and so do pages that use them.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("l1")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
