package dev.folio.markdown;

import com.vladsch.flexmark.ast.Reference;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The destinations and titles of link reference definitions, unescaped once per definition and
 * shared by every use, within a budget. One definition with a 60 KB destination and a 60 KB title
 * used 100,000 times (a 0.7 MB file) made 12 GB of copies. As in cmark-gfm, the text the uses
 * expand to is counted: past {@link #budget} in all, further uses are left as written (their
 * brackets and label), which no honest document comes near.
 */
final class ReferenceTargets {
    /** The budget of a small document: cmark-gfm's 100,000. */
    static final long MIN_BUDGET = 100_000;

    /** A definition's destination and title, as the model holds them. */
    record Target(String url, String title) {
        long size() {
            return (long) url.length() + title.length();
        }
    }

    private final Map<Reference, Target> targets = new IdentityHashMap<>();
    private final long budget;
    private long expanded;

    /** For a document of {@code sourceLength} characters: its uses may expand to that much, or {@link #MIN_BUDGET}. */
    ReferenceTargets(long sourceLength) {
        this.budget = Math.max(sourceLength, MIN_BUDGET);
    }

    /** The target of one use of {@code definition}, or null once the budget is spent. */
    Target use(Reference definition) {
        Target target = targets.computeIfAbsent(definition,
                d -> new Target(d.getUrl().unescape(), InlineConverter.oneLine(d.getTitle().unescape())));
        if (expanded + target.size() > budget) {
            return null;
        }
        expanded += target.size();
        return target;
    }
}
