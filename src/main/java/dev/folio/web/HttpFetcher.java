package dev.folio.web;

import dev.folio.input.ByteSize;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * The one user of {@code java.net.http}: GETs a web document within {@link FetchLimits}. Redirects
 * are followed here, by {@link RedirectPolicy}, never by the client; no cookies are kept (the
 * client has no cookie handler); TLS certificates and host names are always verified (the JDK's
 * defaults, which nothing here can turn off). An interrupt of the calling thread cancels the
 * transfer and is rethrown as {@link InterruptedException}.
 */
public final class HttpFetcher {
    /** What folio asks for: Markdown first, then HTML, then any text. */
    static final String ACCEPT = "text/markdown, text/html;q=0.9, text/plain;q=0.8, */*;q=0.1";

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final String userAgent;
    private final FetchLimits limits;
    private final SSLContext tls;
    /** Made on the first fetch: a client loads the TLS trust store, which a run reading files never needs. */
    private HttpClient client;

    /** @param userAgent the {@code User-Agent}, such as {@code folio/0.1.0 (terminal document reader)} */
    public HttpFetcher(String userAgent, FetchLimits limits) {
        this(userAgent, limits, null);
    }

    /**
     * @param tls the TLS set-up, or null for the JDK's (tests pass one that knows their own
     *            certificate; verification stays on either way)
     */
    HttpFetcher(String userAgent, FetchLimits limits, SSLContext tls) {
        this.userAgent = userAgent;
        this.limits = limits;
        this.tls = tls;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(limits.timeout());
            if (tls != null) {
                builder.sslContext(tls);
            }
            client = builder.build();
        }
        return client;
    }

    public FetchLimits limits() {
        return limits;
    }

    /**
     * Fetches {@code uri} (its fragment is not sent), following redirects.
     *
     * @param conditional request headers such as {@code If-None-Match}; may be empty
     * @throws WebException         one line on what went wrong
     * @throws InterruptedException the thread was interrupted: the transfer is cancelled
     */
    public Response get(URI uri, Map<String, String> conditional, Progress progress) throws WebException, InterruptedException {
        String name = uri.toString();
        URI first = WebAddress.withoutFragment(uri);
        URI current = first;
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        while (true) {
            HttpResponse<byte[]> answer = exchange(current, conditional, progress, name);
            int status = answer.statusCode();
            if (isRedirect(status)) {
                current = RedirectPolicy.next(current, answer.headers().firstValue("Location").orElse(null), seen, name);
                seen.add(current);
                continue;
            }
            if (status != 304 && (status < 200 || status > 299)) {
                throw new WebException(name, WebException.Kind.STATUS, status, StatusText.of(status), null);
            }
            HttpHeaders h = answer.headers();
            byte[] body = ContentEncoding.decode(h.firstValue("Content-Encoding").orElse(""), answer.body(), limits.maxBytes(), name);
            return new Response(first, current, status, h.firstValue("Content-Type").orElse(""),
                    h.firstValue("ETag").orElse(""), h.firstValue("Last-Modified").orElse(""),
                    h.firstValue("Cache-Control").orElse(""), body);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpResponse<byte[]> exchange(URI uri, Map<String, String> conditional, Progress progress, String name)
            throws WebException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(limits.timeout())
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", ContentEncoding.ACCEPTED);
        conditional.forEach(request::header);
        AtomicReference<BodyCollector> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request.build(), info -> {
            if (info.statusCode() < 200 || info.statusCode() > 299) {
                return BodyCollector.none();
            }
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean compressed = info.headers().firstValue("Content-Encoding").isPresent();
            BodyCollector collector = new BodyCollector(limits.maxBytes(), compressed ? -1 : length, progress);
            body.set(collector);
            return collector;
        });
        long started = System.nanoTime();
        long timeout = limits.timeout().toNanos();
        while (true) {
            try {
                return future.get(POLL_NANOS, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                BodyCollector collector = body.get();
                long last = collector == null ? started : collector.lastActivity();
                if (System.nanoTime() - last > timeout) {
                    abort(future, collector);
                    throw new WebException(name, WebException.Kind.UNREACHABLE,
                            (collector == null ? "no answer within " : "the transfer stalled for ") + limits.timeoutText());
                }
            } catch (InterruptedException e) {
                abort(future, body.get());
                throw e;
            } catch (ExecutionException e) {
                throw failure(name, e.getCause() == null ? e : e.getCause());
            } catch (CancellationException e) {
                throw new InterruptedException("cancelled");
            }
        }
    }

    private static void abort(CompletableFuture<?> future, BodyCollector collector) {
        if (collector != null) {
            collector.cancel();
        }
        future.cancel(true);
    }

    /** One line for what the client threw. */
    private WebException failure(String name, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof BodyCollector.TooLarge)) {
            if (root instanceof SSLException || root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
                break;
            }
            root = root.getCause();
        }
        if (t instanceof BodyCollector.TooLarge || root instanceof BodyCollector.TooLarge) {
            return tooLarge(name, limits.maxBytes());
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new WebException(name, WebException.Kind.UNREACHABLE, "could not connect within " + limits.timeoutText(), t);
        }
        if (t instanceof HttpTimeoutException) {
            return new WebException(name, WebException.Kind.UNREACHABLE, "no answer within " + limits.timeoutText(), t);
        }
        if (hasCause(t, SSLException.class)) {
            SSLException ssl = findCause(t, SSLException.class);
            return new WebException(name, WebException.Kind.REFUSED, "TLS error: " + oneLine(ssl.getMessage()), t);
        }
        if (hasCause(t, UnresolvedAddressException.class) || hasCause(t, UnknownHostException.class)) {
            return new WebException(name, WebException.Kind.UNREACHABLE, "unknown host (DNS lookup failed)", t);
        }
        if (t instanceof ConnectException) {
            return new WebException(name, WebException.Kind.UNREACHABLE, "connection refused", t);
        }
        if (t instanceof EOFException || (t instanceof IOException && t.getMessage() != null
                && (t.getMessage().contains("EOF") || t.getMessage().contains("closed") || t.getMessage().contains("bytes received")))) {
            return new WebException(name, WebException.Kind.BROKEN, "the server closed the connection before the document was complete", t);
        }
        return new WebException(name, WebException.Kind.BROKEN, "the transfer failed: " + oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()), t);
    }

    static WebException tooLarge(String name, long limit) {
        return new WebException(name, WebException.Kind.REFUSED, "is over the " + ByteSize.format(limit) + " limit (--max-size)");
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return findCause(t, type) != null;
    }

    private static <T extends Throwable> T findCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
