package dev.folio.theme;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.Locale;

/**
 * Reads the theme format, one line per style:
 * <pre>
 * # a comment
 * HEADING_1 = bold underline #d75f87      # a role of the page (a comment: '#', then a space)
 * code-keyword = bold magenta             # names ignore case, and - is _
 * mark.STRONG = bold                      # an inline mark: EMPHASIS STRONG STRIKE UNDERLINE
 * highlight.MATCH = black on yellow       # what the viewer draws over text
 * </pre>
 * A file is read on top of a theme: what it names replaces that theme's style, the rest stays.
 * A mistake is reported with the file and line, never skipped in silence.
 */
final class ThemeFile {
    private ThemeFile() {}

    /**
     * {@code base} with the styles in {@code text} on top, under {@code name}.
     *
     * @param origin names the file in messages ({@code ~/.config/folio/theme})
     */
    static Theme read(Theme base, String name, String text, String origin) throws ThemeException {
        ThemeException[] failure = new ThemeException[1];
        Theme theme = base.edited(name, editor -> {
            String[] lines = text.split("\r?\n|\r", -1);
            for (int i = 0; i < lines.length && failure[0] == null; i++) {
                try {
                    line(lines[i], editor);
                } catch (IllegalArgumentException e) {
                    failure[0] = new ThemeException(origin + ":" + (i + 1) + ": " + e.getMessage());
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return theme;
    }

    private static void line(String raw, Theme.Editor editor) {
        String line = stripComment(raw).strip();
        if (line.isEmpty()) {
            return;
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("expected NAME = STYLE, as in 'HEADING_1 = bold #d75f87'");
        }
        String key = line.substring(0, eq).strip().toUpperCase(Locale.ROOT).replace('-', '_');
        Style style = Style.parse(line.substring(eq + 1));
        if (key.startsWith("MARK.")) {
            editor.mark(mark(key.substring(5)), style);
        } else if (key.startsWith("HIGHLIGHT.")) {
            editor.highlight(highlight(key.substring(10)), style);
        } else {
            editor.role(role(key), style);
        }
    }

    /**
     * A comment is a line starting with {@code #}, or {@code #} and a space after a space, so
     * {@code #rrggbb} stays a colour, and a mistyped one is reported, not taken for a comment.
     */
    private static String stripComment(String line) {
        if (line.strip().startsWith("#")) {
            return "";
        }
        for (int i = 1; i < line.length(); i++) {
            boolean commentMark = line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))
                    && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)));
            if (commentMark) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static Role role(String key) {
        try {
            return Role.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown name '" + key + "': a role such as HEADING_1 or CODE_KEYWORD, "
                    + "mark.STRONG, or highlight.MATCH");
        }
    }

    private static int mark(String key) {
        return switch (key) {
            case "EMPHASIS" -> Span.EMPHASIS;
            case "STRONG" -> Span.STRONG;
            case "STRIKE" -> Span.STRIKE;
            case "UNDERLINE" -> Span.UNDERLINE;
            default -> throw new IllegalArgumentException("unknown mark '" + key + "' (EMPHASIS, STRONG, STRIKE, UNDERLINE)");
        };
    }

    private static Highlight highlight(String key) {
        try {
            return Highlight.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown highlight '" + key + "' (such as MATCH, FOCUSED_LINK, STATUS)");
        }
    }
}
