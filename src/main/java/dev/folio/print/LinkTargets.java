package dev.folio.print;

import dev.folio.open.LinkResolver;
import dev.folio.open.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a link's href into a URI safe to put in an OSC 8 hyperlink: only {@code http},
 * {@code https}, {@code mailto} and {@code file} targets, relative ones resolved to {@code file:}
 * URIs against the document's directory, and every byte outside printable ASCII (controls,
 * spaces, non-ASCII, bidi overrides) percent-encoded, so the URI can never hold ESC, BEL or ST.
 *
 * <p>A terminal opens a hyperlink when it is clicked, without asking, so only a target that the
 * viewer would open without asking is linked: the same {@link LinkResolver} and opening policy
 * decide. Scripts, {@code .desktop} files, executables and {@code file:} links to another host
 * get no hyperlink (nor does anything the viewer would ask about); {@code //host/x} is a web link.
 */
public final class LinkTargets {
    /** Longer URIs are left unlinked: terminals may drop or cut them. */
    static final int MAX_LENGTH = 2000;

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final String KEEP = "-._~:/?#@!$&'()*+,;=";

    private final Path document;
    private final Path base;
    private final LinkResolver resolver;

    /**
     * @param document the document's own file (for {@code #anchor} links), or null (stdin)
     * @param base     the directory relative links resolve against, or null to leave them unlinked
     */
    public LinkTargets(Path document, Path base) {
        this(document, base, LinkResolver.system());
    }

    /** With the resolver given (tests: one with a fake file system). */
    public LinkTargets(Path document, Path base, LinkResolver resolver) {
        this.document = document == null ? null : document.toAbsolutePath().normalize();
        this.base = base == null ? null : base.toAbsolutePath().normalize();
        this.resolver = resolver;
    }

    /** The URI to link to, or empty when the target is not something to hyperlink. */
    public Optional<String> uri(String href) {
        String h = href.strip();
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (h.startsWith("//")) {
            h = "https:" + h; // scheme-relative: a web link, as the viewer treats it (never file://host)
        }
        Target target = resolver.resolveAgainst(base, h);
        if (target instanceof Target.Document) {
            // A document folio would read: linked unless it is an executable file.
            target = resolver.resolveExternalAgainst(base, h) instanceof Target.Refused refused ? refused : target;
        }
        if (!(target instanceof Target.External || target instanceof Target.Anchor || target instanceof Target.Document
                || target instanceof Target.Folder)) {
            return Optional.empty(); // refused, to be confirmed first, or nowhere
        }
        Matcher m = SCHEME.matcher(h);
        String uri;
        if (m.matches() && m.group(1).length() > 1) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("file"))) {
                return Optional.empty();
            }
            uri = encode(h, true);
        } else {
            uri = resolve(h);
        }
        if (uri == null || uri.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    private String resolve(String relative) {
        Path against = relative.startsWith("#") ? document : base;
        if (against == null) {
            return null;
        }
        String baseUri = against.toUri().toASCIIString();
        if (against == base && !baseUri.endsWith("/")) {
            baseUri += "/";
        }
        try {
            String uri = new URI(baseUri).resolve(new URI(encode(relative, false))).toASCIIString();
            // java.net.URI shortens file:///x to file:/x; terminals expect the long form.
            return uri.startsWith("file:/") && !uri.startsWith("file://") ? "file://" + uri.substring(5) : uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Percent-encodes every byte of the UTF-8 form that is not an unreserved or reserved URI
     * character; an existing {@code %XX} escape is kept. Brackets are kept only in absolute URIs
     * (IPv6 hosts); java.net.URI refuses them in relative references.
     */
    static String encode(String s, boolean keepBrackets) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || KEEP.indexOf(b) >= 0 || (keepBrackets && (b == '[' || b == ']'))
                    || (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
