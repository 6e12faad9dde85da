package dev.folio.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Web documents kept on disk ({@code $XDG_CACHE_HOME/folio/web/}), each as a body file and a
 * metadata file named by the SHA-256 of its address. Files are written to a temporary name and
 * moved into place, the metadata last, so a reader never sees half an entry. When the cache
 * grows past its size the least recently used entries go. The cache is a convenience: any error
 * reading or writing it is the same as a miss.
 */
public final class WebCache {
    /** The default bound on the cache's size. */
    public static final long DEFAULT_MAX_BYTES = 100L << 20;

    private final Path dir;
    private final long maxBytes;

    /** One cached answer. */
    public record Entry(Response response, Instant fetched) {
        /** Whether {@code Cache-Control: max-age} still vouches for it at {@code now}. */
        boolean fresh(Instant now) {
            long maxAge = maxAge(response.cacheControl());
            return maxAge > 0 && fetched.plusSeconds(maxAge).isAfter(now);
        }
    }

    public WebCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The cache directory under {@code XDG_CACHE_HOME}, else {@code ~/.cache}. */
    public static Path directory(Function<String, String> env, Path home) {
        String xdg = env.apply("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("folio").resolve("web");
    }

    public Path dir() {
        return dir;
    }

    public Optional<Entry> lookup(URI uri) {
        String key = key(uri);
        Path meta = dir.resolve(key + ".meta");
        Path body = dir.resolve(key + ".body");
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (!uri.toString().equals(p.getProperty("requested"))) {
                return Optional.empty(); // a hash collision, or a damaged entry
            }
            byte[] bytes = Files.readAllBytes(body);
            Response r = new Response(URI.create(p.getProperty("requested")), URI.create(p.getProperty("url")), 200,
                    p.getProperty("content-type", ""), p.getProperty("etag", ""), p.getProperty("last-modified", ""),
                    p.getProperty("cache-control", ""), bytes);
            Instant fetched = Instant.ofEpochMilli(Long.parseLong(p.getProperty("fetched", "0")));
            Files.setLastModifiedTime(meta, FileTime.from(Instant.now()));
            return Optional.of(new Entry(r, fetched));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code response} (unless it says {@code no-store}), then trims the cache to its size. */
    public void store(Response response, Instant fetched) {
        if (cacheControl(response.cacheControl()).contains("no-store") || response.body().length > maxBytes) {
            return;
        }
        String key = key(response.requested());
        try {
            Files.createDirectories(dir);
            write(dir.resolve(key + ".body"), out -> out.write(response.body()));
            Properties p = new Properties();
            p.setProperty("requested", response.requested().toString());
            p.setProperty("url", response.url().toString());
            p.setProperty("content-type", response.contentType());
            p.setProperty("etag", response.etag());
            p.setProperty("last-modified", response.lastModified());
            p.setProperty("cache-control", response.cacheControl());
            p.setProperty("fetched", String.valueOf(fetched.toEpochMilli()));
            write(dir.resolve(key + ".meta"), out -> p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null));
            trim();
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only cache only costs a fetch next time.
        }
    }

    /** Marks an entry as confirmed by the server just now (a 304), so it counts as fetched then. */
    public void confirm(Entry entry, Instant now) {
        store(entry.response(), now);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private void write(Path target, Writing writing) throws IOException {
        Path tmp = Files.createTempFile(dir, ".tmp-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes least recently used entries until the cache fits its size. */
    void trim() throws IOException {
        record Item(Path meta, Path body, long size, FileTime used) {}
        List<Item> items = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path meta : files.filter(f -> f.getFileName().toString().endsWith(".meta")).toList()) {
                String name = meta.getFileName().toString();
                Path body = dir.resolve(name.substring(0, name.length() - 5) + ".body");
                long size = Files.size(meta) + (Files.exists(body) ? Files.size(body) : 0);
                items.add(new Item(meta, body, size, Files.getLastModifiedTime(meta)));
                total += size;
            }
        }
        items.sort((a, b) -> a.used().compareTo(b.used()));
        for (Item item : items) {
            if (total <= maxBytes) {
                break;
            }
            Files.deleteIfExists(item.meta());
            Files.deleteIfExists(item.body());
            total -= item.size();
        }
    }

    static String key(URI uri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String cacheControl(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT);
    }

    /** {@code max-age} in seconds, 0 when absent or when {@code no-cache}/{@code no-store} forbid using it unasked. */
    static long maxAge(String header) {
        String h = cacheControl(header);
        if (h.contains("no-cache") || h.contains("no-store")) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("max-age\\s*=\\s*\"?(\\d{1,10})").matcher(h);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
