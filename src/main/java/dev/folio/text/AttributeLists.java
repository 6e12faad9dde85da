package dev.folio.text;

/**
 * Attribute lists as Pandoc, kramdown, MkDocs and Hugo write them after a heading:
 * {@code {#id}}, {@code {: .class}}, {@code {#id .class key=v}}. One recogniser for the
 * document model (markdown) and for titles read from a file's first lines (library).
 */
public final class AttributeLists {
    private AttributeLists() {}

    /** {@code #id}, {@code .class}, {@code key=value} words, optionally after kramdown's {@code :}. */
    public static boolean isAttributeList(String inside) {
        String s = inside.strip();
        if (s.startsWith(":")) {
            s = s.substring(1).strip();
            if (s.isEmpty()) {
                return true;
            }
        }
        if (s.isEmpty()) {
            return false;
        }
        for (String word : s.split("\\s+")) {
            boolean ok = word.length() > 1 && (word.charAt(0) == '#' || word.charAt(0) == '.')
                    || word.indexOf('=') > 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a trailing attribute list starts in {@code text} (the index of its {@code {}), or -1
     * when the text does not end with one.
     */
    public static int trailingStart(String text) {
        String trimmed = text.stripTrailing();
        if (!trimmed.endsWith("}")) {
            return -1;
        }
        int open = trimmed.lastIndexOf('{');
        return open >= 0 && isAttributeList(trimmed.substring(open + 1, trimmed.length() - 1)) ? open : -1;
    }

    /** {@code text} without a trailing attribute list (and the spaces before it). */
    public static String withoutTrailing(String text) {
        int open = trailingStart(text);
        return open < 0 ? text : text.substring(0, open).stripTrailing();
    }

    /** The {@code #id} of an attribute list's inside, or "" when it names none. */
    public static String idOf(String inside) {
        for (String word : inside.strip().replaceFirst("^:", "").strip().split("\\s+")) {
            if (word.length() > 1 && word.charAt(0) == '#') {
                return word.substring(1);
            }
        }
        return "";
    }
}
