package dev.folio.viewer;

import dev.folio.layout.WikiTargets;
import dev.folio.open.LinkResolver;
import dev.folio.open.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The layout's {@link WikiTargets} for a document in {@code base}: the link resolver finds the
 * page or file (beside the document, in the collection's image folders, or anywhere in the
 * collection), and the answer is a path relative to {@code base}, percent-encoded like any href.
 * Used by the viewer and by print mode.
 */
public final class WikiLookup {
    private WikiLookup() {}

    public static WikiTargets beside(Path base, LinkResolver resolver) {
        if (base == null) {
            return WikiTargets.NONE;
        }
        return target -> {
            Target found = resolver.resolveAgainst(base, target);
            if (found instanceof Target.Document d) {
                return href(base, d.path()) + (d.anchor().isEmpty() ? "" : "#" + d.anchor());
            }
            return found instanceof Target.Unresolvable ? "" : null;
        };
    }

    private static String href(Path base, Path file) {
        Path shown;
        try {
            shown = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            shown = file; // another root: the absolute path
        }
        return URLEncoder.encode(shown.toString(), StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
