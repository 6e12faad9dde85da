package dev.folio.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Site-relative links ({@code /category/kubernetes/}) in a document copied from the web: they
 * mean a page of the site the document came from.
 */
public final class SiteLinks {
    /** A link resolved to a web address, or why it cannot be. */
    public record Resolution(String url, String reason) {
        public boolean resolved() {
            return url != null;
        }
    }

    private SiteLinks() {}

    /** Whether {@code href} is site-relative: starts with one slash. */
    public static boolean isSiteRelative(String href) {
        return href.startsWith("/") && !href.startsWith("//");
    }

    /**
     * Resolves a site-relative {@code href} against the document's source address.
     *
     * @param sourceUrl the document's web original, or null
     */
    public static Resolution resolve(String href, String sourceUrl) {
        if (sourceUrl == null) {
            return new Resolution(null, "a link to " + href + " on the site this came from, and it does not say which site");
        }
        try {
            URI base = new URI(sourceUrl.strip());
            String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
                return new Resolution(null, "the source address " + sourceUrl + " is not a web page");
            }
            return new Resolution(base.resolve(new URI(href)).toString(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Resolution(null, "not a valid address: " + href);
        }
    }
}
