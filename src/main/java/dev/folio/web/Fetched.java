package dev.folio.web;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A web document fetched (or taken from the cache) and decoded.
 *
 * @param url     where it is, after redirects, with the fragment the reader asked for
 * @param kind    Markdown or HTML
 * @param text    the decoded text
 * @param charset the charset it was decoded with, and {@code how} it was chosen (for {@code --debug})
 * @param note    one line for the reader when the copy is not fresh from the network, else empty
 *                ({@code offline: the copy saved 2024-03-05 14:02 (connection refused)})
 * @param fromCache whether no body came over the network
 */
public record Fetched(URI url, ContentKind kind, String text, Charset charset, String how, String note, boolean fromCache) {}
