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
        // A new answer is decoded before it is kept: what is not a document never enters the cache.
        Served served = serve(uri, mode, progress, answer -> decode(answer, uri, "", false));
        return decode(served.response(), uri, served.note(), served.fromCache());
    }

    /**
     * The bytes at {@code uri} as they came, through the cache, the client and its limits like a
     * document (an image in a web document); no text is made of them.
     */
    public Response bytes(URI uri, Progress progress, Check check) throws WebException, InterruptedException {
        Response r = serve(uri, Mode.NORMAL, progress, check).response();
        check.accept(r);
        return r;
    }

    /** What a new answer must pass before it is kept. */
    @FunctionalInterface
    public interface Check {
        void accept(Response answer) throws WebException;
    }

    /** A response, from the cache or the network, and what to say about where it came from. */
    private record Served(Response response, String note, boolean fromCache) {}

    private Served serve(URI uri, Mode mode, Progress progress, Check check) throws WebException, InterruptedException {
        URI request = WebAddress.withoutFragment(uri);
        String name = uri.toString();
        Optional<WebCache.Entry> cached = cache == null ? Optional.empty() : cache.lookup(request);
        Instant now = clock.instant();
        if (mode == Mode.NORMAL && cached.isPresent() && cached.get().fresh(now)) {
            return new Served(cached.get().response(), "", true);
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
                return new Served(cached.get().response(), "offline: the copy saved " + saved + " (" + e.why() + ")", true);
            }
            throw e;
        }
        if (answer.notModified()) {
            if (cached.isEmpty()) {
                throw new WebException(name, WebException.Kind.BROKEN, "the server said 304 Not Modified to a plain request");
            }
            cache.confirm(cached.get(), now);
            return new Served(cached.get().response(), "", true);
        }
        check.accept(answer);
        if (cache != null) {
            cache.store(answer, now);
        }
        return new Served(answer, "", false);
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
