package dev.folio.web;

import dev.folio.input.Decoded;
import java.net.URI;

/**
 * A web document fetched (or taken from the cache) and decoded.
 *
 * @param url       where it is, after redirects, with the fragment the reader asked for
 * @param kind      Markdown or HTML
 * @param decoded   the text, with the charset it was decoded with and how that was chosen
 * @param note      one line for the reader when the copy is not fresh from the network, else empty
 *                  ({@code offline: the copy saved 2024-03-05 14:02 (connection refused)})
 * @param fromCache whether no body came over the network
 */
public record Fetched(URI url, ContentKind kind, Decoded decoded, String note, boolean fromCache) {
    public String text() {
        return decoded.text();
    }
}
