package dev.folio.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding: gzip} or {@code deflate} (the only ones folio asks for), with
 * the size limit applied to what comes out: a small compressed body can hold gigabytes.
 */
final class ContentEncoding {
    static final String ACCEPTED = "gzip, deflate";

    private ContentEncoding() {}

    static byte[] decode(String encoding, byte[] body, long limit, String url) throws WebException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) {
            return body;
        }
        try {
            switch (e) {
                case "gzip":
                case "x-gzip":
                    return read(new GZIPInputStream(new ByteArrayInputStream(body)), limit, url);
                case "deflate":
                    // Servers send zlib-wrapped or raw deflate under this name; the first byte tells them apart.
                    boolean zlib = body.length > 1 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) * 256 + (body[1] & 0xFF)) % 31 == 0;
                    return read(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), limit, url);
                default:
                    throw new WebException(url, WebException.Kind.BROKEN, "the server sent an unsupported content encoding (" + e + ")");
            }
        } catch (IOException ex) {
            throw new WebException(url, WebException.Kind.BROKEN, "the compressed body is damaged", ex);
        }
    }

    private static byte[] read(InputStream in, long limit, String url) throws IOException, WebException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw HttpFetcher.tooLarge(url, limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
