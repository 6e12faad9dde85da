package dev.folio.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The seed article, which lives beside the checkout ({@code ../shared/seed/}), not in it. A test
 * that needs it asks {@link #article()}: without it, the test is skipped saying why, and under
 * {@code CI=true} it fails instead, so a CI run never passes by silently checking less.
 */
public final class Seed {
    /** The one seed article the tests read. */
    public static final Path ARTICLE = Path.of("../shared/seed/000_53bfc50028b0be02.txt").toAbsolutePath().normalize();

    private Seed() {}

    /** The seed article's path; skips (or under CI fails) the calling test when it is missing. */
    public static Path article() {
        if (Files.isReadable(ARTICLE)) {
            return ARTICLE;
        }
        String why = "the seed article is missing: " + ARTICLE + " (the tests expect ../shared/seed/ beside the checkout)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + "; CI=true needs it");
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }
}
