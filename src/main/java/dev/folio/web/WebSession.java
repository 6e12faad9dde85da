package dev.folio.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * Everything one run of folio needs to read web documents: the client with its limits, the
 * cache, and {@code --encoding}. Thread-safe: the viewer's worker calls it for every link it follows.
 */
public final class WebSession {
    private final WebLoader loader;

    public WebSession(WebLoader loader) {
        this.loader = loader;
    }

    /**
     * @param userAgent  the {@code User-Agent}
     * @param cacheBytes the cache's size; 0 for no cache
     * @param encoding   {@code --encoding}, or null
     */
    public static WebSession of(String userAgent, FetchLimits limits, Function<String, String> env, Path home,
                                long cacheBytes, Charset encoding) {
        WebCache cache = cacheBytes > 0 ? new WebCache(WebCache.directory(env, home), cacheBytes) : null;
        return new WebSession(new WebLoader(new HttpFetcher(userAgent, limits), cache, encoding, Clock.systemUTC()));
    }

    /**
     * The bytes of the image at {@code url} (in a web document, or a document's {@code
     * https:} image), through the same client, limits and cache as documents. A response that
     * says it is a text page (HTML, a script) is refused: an image is any other content.
     */
    public byte[] image(URI url) throws WebException, InterruptedException {
        String name = url.toString();
        WebLoader.Check isImage = answer -> {
            String type = answer.contentType().toLowerCase(java.util.Locale.ROOT);
            if (type.startsWith("text/html") || type.startsWith("text/plain") || type.contains("javascript") || type.contains("json")) {
                throw new WebException(name, WebException.Kind.REFUSED, "not an image (" + type.strip() + ")");
            }
        };
        return loader.bytes(url, Progress.NONE, isImage).body();
    }

    /** Fetches (or takes from the cache) and makes the document. */
    public WebPage open(URI url, WebLoader.Mode mode, Progress progress) throws WebException, InterruptedException {
        Fetched fetched = loader.load(url, mode, progress);
        return new WebPage(fetched.url(), fetched.kind(), WebDocuments.of(fetched), fetched.note(), fetched);
    }
}
