package dev.folio.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.folio.doc.Block;
import dev.folio.doc.Block.AlertKind;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub alerts: a block quote whose first paragraph starts with {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case; also escaped,
 * {@code \[!NOTE]}, as remark writes it). flexmark has no extension for them, so they are
 * recognised on the converted quote. Admonitions of other dialects map to the same kinds.
 */
final class Alerts {
    private static final Pattern MARKER =
            Pattern.compile("\\\\?\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\\\?](?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final int LONGEST_MARKER = "\\[!IMPORTANT\\]".length() + 1;

    private Alerts() {}

    /** The alert kind a quote's source announces, or null for an ordinary quote. */
    static AlertKind kindOf(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (!(first instanceof Paragraph)) {
            return null;
        }
        CharSequence chars = first.getChars();
        Matcher m = MARKER.matcher(chars.subSequence(0, Math.min(chars.length(), LONGEST_MARKER)));
        return m.lookingAt() ? AlertKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    /** The alert kind for an admonition type of MkDocs, VuePress, Docusaurus or MyST; NOTE for an unknown one. */
    static AlertKind kindOfType(String type) {
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "tip": case "hint": case "success": case "check": case "done":
                return AlertKind.TIP;
            case "important":
                return AlertKind.IMPORTANT;
            case "warning": case "attention": case "caution-light":
                return AlertKind.WARNING;
            case "danger": case "error": case "caution": case "bug": case "failure": case "fail": case "missing":
                return AlertKind.CAUTION;
            default:
                return AlertKind.NOTE;
        }
    }

    /**
     * The quote's blocks with the marker taken off the first paragraph (which is dropped if
     * nothing else is in it), or null when the marker is not plain text at its start.
     */
    static List<Block> withoutMarker(AlertKind kind, List<Block> children) {
        if (children.isEmpty() || !(children.get(0) instanceof Block.Paragraph first)) {
            return null;
        }
        List<Inline> content = first.content();
        String marker = "[!" + kind.name() + "]";
        if (content.isEmpty() || !(content.get(0) instanceof Inline.Text text)
                || !text.text().regionMatches(true, 0, marker, 0, marker.length())) {
            return null;
        }
        List<Inline> rest = new ArrayList<>(content);
        rest.set(0, new Inline.Text(text.text().substring(marker.length())));
        rest = Inlines.trim(rest);
        List<Block> out = new ArrayList<>(children.subList(1, children.size()));
        if (!Inlines.isBlank(rest)) {
            out.add(0, new Block.Paragraph(rest, first.line()));
        }
        return out;
    }
}
