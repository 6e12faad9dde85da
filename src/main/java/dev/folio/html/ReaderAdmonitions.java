package dev.folio.html;

import dev.folio.doc.Block.AlertKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Admonitions as documentation sites render them: Docusaurus ({@code theme-admonition-tip}),
 * MkDocs ({@code admonition note} with a {@code p.admonition-title}) and GitHub's
 * ({@code markdown-alert-note}). They become folio's alerts, so a "warning" reads as one rather
 * than as a loose word above a paragraph.
 */
final class ReaderAdmonitions {
    private static final Pattern KIND_WORD = Pattern.compile("^(?:theme-)?admonition-([a-z]+)$|^markdown-alert-([a-z]+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_WORD = Pattern.compile("^(?:admonition-title|admonition-heading|markdown-alert-title|admonitionHeading.*)$");

    private ReaderAdmonitions() {}

    /** The kind of admonition {@code e} is, or null when it is none. */
    static AlertKind kind(Element e) {
        boolean mkdocs = e.hasClass("admonition");
        for (String word : e.classNames()) {
            Matcher m = KIND_WORD.matcher(word);
            String type = m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : mkdocs ? word : null;
            AlertKind kind = type == null ? null : kindOf(type);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** The title element among {@code e}'s children ("tip", "Note", or the author's own title), or null. */
    static Element title(Element e) {
        for (Element c : e.children()) {
            for (String word : c.classNames()) {
                if (TITLE_WORD.matcher(word).matches()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static AlertKind kindOf(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "note", "info", "abstract", "summary", "tldr", "question", "help", "faq", "example", "quote", "cite",
                 "secondary" -> AlertKind.NOTE;
            case "tip", "hint", "success", "check", "done" -> AlertKind.TIP;
            case "important" -> AlertKind.IMPORTANT;
            case "warning", "attention" -> AlertKind.WARNING;
            case "danger", "error", "caution", "bug", "failure", "fail", "missing" -> AlertKind.CAUTION;
            default -> null;
        };
    }
}
