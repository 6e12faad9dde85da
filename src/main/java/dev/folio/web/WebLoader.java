package dev.folio.web;

import dev.folio.input.Decoded;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches web documents through the cache: a fresh cached copy ({@code max-age}) is used as it is,
 * else the server is asked with the copy's {@code ETag} / {@code Last-Modified} and a
 * {@code 304 Not Modified} serves the copy; {@link Mode#RELOAD} asks afresh. When the server cannot
 * be reached, a cached copy is shown with a note saying so.
 */
public final class WebLoader {
    /** How much to trust the cache. */
    public enum Mode {
        /** Use a fresh copy, revalidate a stale one. */
        NORMAL,
        /** Ask the network for the whole document again ({@code r} in the viewer). */
        RELOAD
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HttpFetcher fetcher;
    private final WebCache cache;
    private final Charset encoding;
    private final Clock clock;

    /**
     * @param cache    the cache, or null for none
     * @param encoding {@code --encoding}, or null to find the charset
     */
    public WebLoader(HttpFetcher fetcher, WebCache cache, Charset encoding, Clock clock) {
        this.fetcher = fetcher;
        this.cache = cache;
        this.encoding = encoding;
        this.clock = clock;
    }

    public Fetched load(URI uri, Mode mode, Progress progress) throws WebException, InterruptedException {
        URI request = WebAddress.withoutFragment(uri);
        String name = uri.toString();
        Optional<WebCache.Entry> cached = cache == null ? Optional.empty() : cache.lookup(request);
        Instant now = clock.instant();
        if (mode == Mode.NORMAL && cached.isPresent() && cached.get().fresh(now)) {
            return decode(cached.get().response(), uri, "", true);
        }
        Map<String, String> conditional = new LinkedHashMap<>();
        if (mode == Mode.NORMAL && cached.isPresent()) {
            Response old = cached.get().response();
            if (!old.etag().isEmpty()) {
                conditional.put("If-None-Match", old.etag());
            }
            if (!old.lastModified().isEmpty()) {
                conditional.put("If-Modified-Since", old.lastModified());
            }
        } else if (mode == Mode.RELOAD) {
            conditional.put("Cache-Control", "no-cache");
        }
        Response answer;
        try {
            answer = fetcher.get(request, conditional, progress);
        } catch (WebException e) {
            if (e.kind() == WebException.Kind.UNREACHABLE && cached.isPresent()) {
                String saved = WHEN.format(cached.get().fetched().atZone(ZoneId.systemDefault()));
                return decode(cached.get().response(), uri, "offline: the copy saved " + saved + " (" + e.why() + ")", true);
            }
            throw e;
        }
        if (answer.notModified()) {
            if (cached.isEmpty()) {
                throw new WebException(name, WebException.Kind.BROKEN, "the server said 304 Not Modified to a plain request");
            }
            cache.confirm(cached.get(), now);
            return decode(cached.get().response(), uri, "", true);
        }
        Fetched fetched = decode(answer, uri, "", false);
        if (cache != null) {
            cache.store(answer, now);
        }
        return fetched;
    }

    private Fetched decode(Response r, URI asked, String note, boolean fromCache) throws WebException {
        String name = asked.toString();
        ContentKind kind = ContentKind.of(r.contentType(), r.url(), r.body(), name);
        Decoded text = WebText.decode(r.body(), r.contentType(), kind, encoding, name);
        URI url = r.url();
        if (asked.getRawFragment() != null) {
            url = WebAddress.withFragment(url, asked.getRawFragment());
        }
        return new Fetched(url, kind, text, note, fromCache);
    }
}
