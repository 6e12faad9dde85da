package dev.folio.layout;

import dev.folio.doc.Block.AlertKind;
import dev.folio.doc.MediaKind;

/** The characters the layout draws itself: markers, bars, rules and icons. */
final class Glyphs {
    static final String QUOTE_BAR = "│ ";
    static final String RULE = "─";
    static final String H1_RULE = "═";
    static final String H2_RULE = "─";
    static final String CONTINUATION = "↪";
    static final String DEEPER = "»";
    static final String TASK_OPEN = "☐";
    static final String TASK_DONE = "☑";
    static final String DETAILS = "▾ ";
    static final String BACK_LINK = "↩";
    static final String MEDIA_SEPARATOR = " — ";
    static final String META_SEPARATOR = " · ";
    private static final String[] HEADING_MARKS = {"◆", "◇", "▸", "▹"};
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Glyphs() {}

    /** The mark before an h3–h6 heading: one glyph per level, none of them Markdown syntax. */
    static String headingMark(int level) {
        return HEADING_MARKS[Math.max(3, Math.min(6, level)) - 3];
    }

    static String bullet(int listDepth) {
        return BULLETS[Math.floorMod(listDepth, BULLETS.length)];
    }

    static String icon(MediaKind kind) {
        switch (kind) {
            case IMAGE: return "▣";
            case AUDIO: return "♫";
            case VIDEO: return "▶";
            case SVG: return "◇";
            default: return "▭";
        }
    }

    /** A word for a media item that has neither a label nor a target (an unnamed inline svg). */
    static String kindName(MediaKind kind) {
        switch (kind) {
            case IMAGE: return "image";
            case AUDIO: return "audio";
            case VIDEO: return "video";
            case SVG: return "svg image";
            default: return "embedded frame";
        }
    }

    static String alertTitle(AlertKind kind) {
        switch (kind) {
            case NOTE: return "ⓘ Note";
            case TIP: return "✓ Tip";
            case IMPORTANT: return "‼ Important";
            case WARNING: return "⚠ Warning";
            default: return "✖ Caution";
        }
    }

    /** The icon of an alert's title line, before an author's own title. */
    static String alertIcon(AlertKind kind) {
        String title = alertTitle(kind);
        return title.substring(0, title.indexOf(' '));
    }

    static Role alertRole(AlertKind kind) {
        switch (kind) {
            case NOTE: return Role.ALERT_NOTE;
            case TIP: return Role.ALERT_TIP;
            case IMPORTANT: return Role.ALERT_IMPORTANT;
            case WARNING: return Role.ALERT_WARNING;
            default: return Role.ALERT_CAUTION;
        }
    }

    /** A footnote number in superscript digits, so a mark reads like a printed footnote: ¹². */
    static String superscript(int number) {
        String digits = Integer.toString(Math.max(0, number));
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(digits.charAt(i) - '0'));
        }
        return sb.toString();
    }
}
