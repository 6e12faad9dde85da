package dev.folio.web;

import java.net.URI;

/**
 * A successful answer ({@code 2xx}, or {@code 304} to a conditional request, with an empty body).
 *
 * @param requested    the address first asked for (without fragment)
 * @param url          the address that answered, after redirects
 * @param status       the HTTP status
 * @param contentType  the {@code Content-Type} header, or empty
 * @param etag         the {@code ETag} header, or empty
 * @param lastModified the {@code Last-Modified} header, or empty
 * @param cacheControl the {@code Cache-Control} header, or empty
 * @param body         the body, decompressed, at most the size limit
 */
public record Response(URI requested, URI url, int status, String contentType, String etag, String lastModified,
                       String cacheControl, byte[] body) {
    public boolean notModified() {
        return status == 304;
    }
}
