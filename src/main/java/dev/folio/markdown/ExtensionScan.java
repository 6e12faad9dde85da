package dev.folio.markdown;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which flexmark extensions a source can need, from one quick pass over it. Each extension's
 * syntax needs a character or marker this looks for, so leaving the others out changes nothing
 * in the result; it saves running their code, which on a cold start is interpreted code and the
 * larger part of parsing a short article (issue 12).
 */
final class ExtensionScan {
    enum Extension { TABLES, STRIKETHROUGH, TASK_LISTS, AUTOLINKS, FOOTNOTES, FRONT_MATTER, DEFINITIONS, EMOJI, ADMONITIONS }

    private ExtensionScan() {}

    /** The extensions {@code source} (normalised, after the pre-passes) may use. */
    static Set<Extension> of(String source) {
        EnumSet<Extension> needed = EnumSet.noneOf(Extension.class);
        if (source.indexOf('|') >= 0) {
            needed.add(Extension.TABLES);
        }
        if (source.indexOf('~') >= 0) {
            needed.add(Extension.STRIKETHROUGH); // and the definition lists' ~ marker, below
        }
        if (source.indexOf('[') >= 0) {
            needed.add(Extension.TASK_LISTS);
            if (source.contains("[^")) {
                needed.add(Extension.FOOTNOTES);
            }
        }
        if (source.contains("://") || source.contains("www.") || source.indexOf('@') >= 0) {
            needed.add(Extension.AUTOLINKS);
        }
        if (source.startsWith("---")) {
            needed.add(Extension.FRONT_MATTER);
        }
        if (source.contains("!!!") || source.contains("???")) {
            needed.add(Extension.ADMONITIONS);
        }
        if (hasDefinitionMarker(source)) {
            needed.add(Extension.DEFINITIONS);
        }
        if (hasEmojiShortcut(source)) {
            needed.add(Extension.EMOJI);
        }
        return needed;
    }

    /** A line that starts (after any indent or quote marks) with : or ~ and a space: a definition. */
    private static boolean hasDefinitionMarker(String source) {
        boolean lineStart = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                lineStart = true;
            } else if (lineStart && (c == ':' || c == '~') && (i + 1 == source.length() || " \t\n".indexOf(source.charAt(i + 1)) >= 0)) {
                return true;
            } else if (c != ' ' && c != '\t' && c != '>') {
                lineStart = false; // a marker may follow a quote's > or an item's indent
            }
        }
        return false;
    }

    /** {@code :name:}, the shortcut form, somewhere. */
    private static boolean hasEmojiShortcut(String source) {
        for (int colon = source.indexOf(':'); colon >= 0; colon = source.indexOf(':', colon + 1)) {
            int end = colon + 1;
            while (end < source.length() && isShortcutChar(source.charAt(end))) {
                end++;
            }
            if (end > colon + 1 && end < source.length() && source.charAt(end) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortcutChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-';
    }
}
