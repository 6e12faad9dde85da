package dev.folio.image;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an image written in a document is on this machine: a relative target against the
 * document's directory (never the working directory), {@code file:} URIs of this host.
 * Remote images ({@code http:}, {@code https:}) have the local copy {@link RemoteCopies} holds,
 * once fetched; without one they keep their text line.
 */
public final class ImageFiles {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final Path base;
    private final RemoteCopies remote;

    /** @param base the directory relative targets resolve against (the document's) */
    public ImageFiles(Path base) {
        this(base, RemoteCopies.NONE);
    }

    /** @param remote the local copies of remote images */
    public ImageFiles(Path base, RemoteCopies remote) {
        this.base = base;
        this.remote = remote == null ? RemoteCopies.NONE : remote;
    }

    /** The local file of {@code target} (a remote image's copy, once fetched), or empty when there is none. */
    public Optional<Path> local(String target) {
        String t = target == null ? "" : target.strip();
        if (isRemote(t)) {
            return remote.copy(t);
        }
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("//")) {
            return Optional.empty();
        }
        try {
            if (SCHEME.matcher(t).matches()) {
                if (!t.regionMatches(true, 0, "file:", 0, 5)) {
                    return Optional.empty();
                }
                URI uri = new URI(t);
                String host = uri.getHost();
                if (host != null && !host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                    return Optional.empty();
                }
                return Optional.of(Path.of(uri.getPath()).normalize());
            }
            String path = decode(cut(t));
            if (path.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of((path.startsWith("/") ? Path.of(path) : base.resolve(path)).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {     // InvalidPathException too
            return Optional.empty();
        }
    }

    /** Why remote image {@code target} has no copy, when its fetch failed. */
    public Optional<String> failure(String target) {
        String t = target == null ? "" : target.strip();
        return isRemote(t) ? remote.failure(t) : Optional.empty();
    }

    /** Whether {@code target} is an {@code http:} or {@code https:} address. */
    public static boolean isRemote(String target) {
        String t = target == null ? "" : target.strip();
        return t.regionMatches(true, 0, "https://", 0, 8) || t.regionMatches(true, 0, "http://", 0, 7);
    }

    private static String cut(String t) {
        int q = t.indexOf('?');
        int h = t.indexOf('#');
        int end = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        return end < 0 ? t : t.substring(0, end);
    }

    /** Percent-decoding as UTF-8 ({@code +} stays a plus: this is a path, not a form). */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
