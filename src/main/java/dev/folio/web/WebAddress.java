package dev.folio.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Recognises and checks the web addresses folio reads: absolute http and https URLs with a host. */
public final class WebAddress {
    private WebAddress() {}

    /** Whether {@code arg} is meant as a web address ({@code http://…} or {@code https://…}, any case). */
    public static boolean isWeb(String arg) {
        String a = arg.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * The address as a URI, with characters pages and shells leave unencoded (spaces, non-ASCII)
     * percent-encoded; a {@link WebException} when it is not an http(s) URL with a host.
     */
    public static URI parse(String arg) throws WebException {
        String a = arg.strip();
        URI uri;
        try {
            uri = new URI(LinkEncoding.encode(a));
        } catch (URISyntaxException e) {
            throw new WebException(a, WebException.Kind.REFUSED, "not a valid web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebException(a, WebException.Kind.REFUSED, "only http and https addresses are read");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new WebException(a, WebException.Kind.REFUSED, "the address has no host");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            uri = uri.resolve("/");
            if (a.contains("#")) {
                uri = withFragment(uri, a.substring(a.indexOf('#') + 1));
            }
        }
        return uri;
    }

    /** The address to request: the fragment is the reader's, never sent. */
    public static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    /** The fragment, decoded, or empty. */
    public static Optional<String> fragment(URI uri) {
        return Optional.ofNullable(uri.getFragment()).filter(f -> !f.isEmpty());
    }

    static URI withFragment(URI uri, String rawFragment) {
        return URI.create(withoutFragment(uri) + "#" + rawFragment);
    }
}
