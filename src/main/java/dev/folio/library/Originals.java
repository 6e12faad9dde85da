package dev.folio.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web originals of a collection's documents: which local file translates or copies which
 * page, from the {@code 原文：}/{@code Source:}/{@code Original:} line or front matter that
 * {@link Heads} reads. Addresses are compared loosely: http and https, {@code www.}, a final
 * slash and a fragment make no difference.
 */
public final class Originals {
    private final Map<String, Path> byUrl;

    private Originals(Map<String, Path> byUrl) {
        this.byUrl = Map.copyOf(byUrl);
    }

    public static Originals empty() {
        return new Originals(Map.of());
    }

    /** Reads the head of every document (a few kilobytes each): call it off the UI thread. */
    public static Originals of(Collection<Path> documents) {
        Map<String, Path> byUrl = new HashMap<>();
        for (Path document : documents) {
            Head head = Heads.read(document);
            if (head.sourceUrl() != null) {
                byUrl.putIfAbsent(key(head.sourceUrl()), document);
            }
        }
        return new Originals(byUrl);
    }

    /** From known pairs (tests, and the search index's stored sources). */
    public static Originals of(Map<String, Path> sources) {
        Map<String, Path> byUrl = new HashMap<>();
        sources.forEach((url, path) -> byUrl.putIfAbsent(key(url), path));
        return new Originals(byUrl);
    }

    /** The local document whose original is {@code url}. */
    public Optional<Path> localCopyOf(String url) {
        String key = key(url);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byUrl.get(key));
    }

    public int size() {
        return byUrl.size();
    }

    /** The address reduced to what tells pages apart; empty for what is not a web address. */
    static String key(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return "";
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + path + query;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
