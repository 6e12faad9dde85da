package dev.folio.doc;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where a document came from. {@code path} is absolute, or null for stdin, the built-in guide and
 * web documents (which cannot be reloaded from a file, and whose relative links resolve against
 * {@code base}). A web document has its {@code url} (after redirects, without fragment); others
 * have none.
 *
 * @param name what the status line calls it ({@code README.md}, {@code stdin}, {@code guide}, the URL)
 * @param base the directory relative links resolve against
 * @param url  the web address, or null
 */
public record Source(Path path, String name, Path base, URI url) {
    /** A document that is not from the web. */
    public Source(Path path, String name, Path base) {
        this(path, name, base, null);
    }

    public static Source file(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        return new Source(abs, abs.getFileName() == null ? abs.toString() : abs.getFileName().toString(),
                dir == null ? abs : dir);
    }

    public static Source stream(String name, Path base) {
        return new Source(null, name, base.toAbsolutePath().normalize());
    }

    /** A web document; its links are absolute already, {@code base} only answers the odd relative path. */
    public static Source web(URI url, Path base) {
        URI plain = url.getRawFragment() == null ? url : URI.create(url.toString().substring(0, url.toString().indexOf('#')));
        return new Source(null, plain.toString(), base.toAbsolutePath().normalize(), plain);
    }

    public boolean isWeb() {
        return url != null;
    }

    /** Whether {@code other} is the same document: the same file, or the same web address. */
    public boolean sameDocumentAs(Source other) {
        if (other == null) {
            return false;
        }
        if (path != null) {
            return path.equals(other.path);
        }
        return url != null && url.equals(other.url);
    }
}
