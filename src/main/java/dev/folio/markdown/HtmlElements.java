package dev.folio.markdown;

import dev.folio.doc.Inline.Decoration;
import dev.folio.doc.MediaKind;
import java.util.Set;

/** What folio makes of each HTML element name. */
final class HtmlElements {
    /** Elements that end a paragraph in an HTML block. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
            "pre", "search", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    private HtmlElements() {}

    static boolean isBlock(String name) {
        return BLOCKS.contains(name);
    }

    /** Table cells: their text stays in the row's paragraph, separated by a space. */
    static boolean isCell(String name) {
        return name.equals("td") || name.equals("th");
    }

    /** The heading level of {@code h1}–{@code h6}, else 0. */
    static int headingLevel(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
    }

    static Decoration decoration(String name) {
        switch (name) {
            case "b": case "strong": return Decoration.STRONG;
            case "i": case "em": return Decoration.EMPHASIS;
            case "s": case "del": case "strike": return Decoration.STRIKETHROUGH;
            case "kbd": return Decoration.KBD;
            case "sub": return Decoration.SUBSCRIPT;
            case "sup": return Decoration.SUPERSCRIPT;
            default: return null;
        }
    }

    /** Elements that become one media item; their inner text is not document text. */
    static MediaKind mediaKind(String name) {
        switch (name) {
            case "svg": return MediaKind.SVG;
            case "video": return MediaKind.VIDEO;
            case "audio": return MediaKind.AUDIO;
            case "iframe": return MediaKind.FRAME;
            case "picture": return MediaKind.IMAGE;
            default: return null;
        }
    }

    /** Elements whose content is never shown. */
    static boolean isHidden(String name) {
        return name.equals("script") || name.equals("style") || name.equals("template");
    }

    /** The kind of an image-like target: by its extension, else {@code fallback}. */
    static MediaKind kindOfTarget(String target, MediaKind fallback) {
        MediaKind kind = MediaKind.ofTarget(target);
        return kind != null ? kind : fallback;
    }

    /** The first URL of a {@code srcset} ("a.png 1x, b.png 2x" → "a.png"). */
    static String firstOfSrcset(String srcset) {
        String first = srcset.strip();
        int comma = first.indexOf(',');
        if (comma >= 0) {
            first = first.substring(0, comma).strip();
        }
        int space = first.indexOf(' ');
        return space >= 0 ? first.substring(0, space) : first;
    }
}
