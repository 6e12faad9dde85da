package dev.folio.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which redirects folio follows: at most {@value #MAX_REDIRECTS}, to http or https only, never
 * from https down to http, never in a loop. A relative {@code Location} resolves against the
 * address that answered.
 */
final class RedirectPolicy {
    static final int MAX_REDIRECTS = 10;

    private RedirectPolicy() {}

    /**
     * The next address to ask, or a {@link WebException} saying why not.
     *
     * @param from     the address that answered with a redirect
     * @param location its {@code Location} header, or null
     * @param seen     the addresses asked so far (the first one included)
     * @param original how messages name the document (the address the reader gave)
     */
    static URI next(URI from, String location, Set<URI> seen, String original) throws WebException {
        if (location == null || location.isBlank()) {
            throw new WebException(original, WebException.Kind.BROKEN, "a redirect without a Location");
        }
        URI to;
        try {
            to = from.resolve(new URI(LinkEncoding.encode(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new WebException(original, WebException.Kind.BROKEN, "a redirect to a malformed address", e);
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebException(original, WebException.Kind.REFUSED,
                    "refused a redirect to a " + (scheme.isEmpty() ? "scheme-less" : scheme + ":") + " address (only http and https)");
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
            throw new WebException(original, WebException.Kind.REFUSED, "refused a redirect from https to http");
        }
        if (to.getHost() == null || to.getHost().isEmpty()) {
            throw new WebException(original, WebException.Kind.BROKEN, "a redirect to an address without a host");
        }
        URI request = WebAddress.withoutFragment(to);
        if (seen.contains(request)) {
            throw new WebException(original, WebException.Kind.BROKEN, "a redirect loop");
        }
        if (seen.size() > MAX_REDIRECTS) {
            throw new WebException(original, WebException.Kind.BROKEN, "more than " + MAX_REDIRECTS + " redirects");
        }
        return request;
    }
}
