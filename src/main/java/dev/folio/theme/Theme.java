package dev.folio.theme;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How everything folio shows looks: a {@link Style} for each role of a laid-out page, for each
 * inline mark (emphasis, strong …), and for each highlight the viewer draws over the page (focused
 * link, search match, status line …). The print back-end and the viewer both read their styles
 * here; each turns them into its terminal library's terms.
 *
 * <p>A role or highlight the theme leaves out is shown unstyled, except code tokens, which look
 * like the rest of their code block.
 */
public final class Theme {
    private static final Set<Role> CODE_TOKENS = EnumSet.range(Role.CODE_KEYWORD, Role.CODE_META);
    private static final int[] MARKS = {Span.EMPHASIS, Span.STRONG, Span.STRIKE, Span.UNDERLINE};

    private final String name;
    private final Map<Role, Style> roles;
    private final Style[] marks;
    private final Map<Highlight, Style> highlights;

    private Theme(String name, Map<Role, Style> roles, Style[] marks, Map<Highlight, Style> highlights) {
        this.name = name;
        this.roles = roles;
        this.marks = marks;
        this.highlights = highlights;
    }

    /** A theme that styles nothing. */
    static Theme empty(String name) {
        Style[] marks = {Style.NONE, Style.NONE, Style.NONE, Style.NONE};
        return new Theme(name, new EnumMap<>(Role.class), marks, new EnumMap<>(Highlight.class));
    }

    public String name() {
        return name;
    }

    /** The style of a role; {@link Style#NONE} when the theme leaves it out. */
    public Style style(Role role) {
        Style style = roles.get(role);
        if (style == null && CODE_TOKENS.contains(role)) {
            style = roles.get(Role.CODE_BLOCK);
        }
        return style == null ? Style.NONE : style;
    }

    /** Whether the theme names this role itself. */
    public boolean covers(Role role) {
        return roles.containsKey(role);
    }

    /** The style of one inline mark ({@link Span#EMPHASIS}, {@link Span#STRONG}, …). */
    public Style mark(int mark) {
        return marks[markIndex(mark)];
    }

    /** A role's style with the styles of {@code marks} (a bit set of inline marks) on top. */
    public Style style(Role role, int marks) {
        Style s = style(role);
        for (int mark : MARKS) {
            if ((marks & mark) != 0) {
                s = s.with(mark(mark));
            }
        }
        return s;
    }

    /** A span's style: its role's, with the styles of its marks on top. */
    public Style style(Span span) {
        return style(span.role(), span.marks());
    }

    /** The style the viewer lays over text for {@code highlight}; {@link Style#NONE} for none. */
    public Style highlight(Highlight highlight) {
        return highlights.getOrDefault(highlight, Style.NONE);
    }

    /** Whether the theme names this highlight itself. */
    public boolean covers(Highlight highlight) {
        return highlights.containsKey(highlight);
    }

    /** This theme under another name, with {@code edit} applied to a copy of its styles. */
    Theme edited(String newName, Consumer<Editor> edit) {
        Editor editor = new Editor(new EnumMap<>(Role.class), marks.clone(), new EnumMap<>(Highlight.class));
        editor.roles.putAll(roles);
        editor.highlights.putAll(highlights);
        edit.accept(editor);
        return new Theme(newName, editor.roles, editor.marks, editor.highlights);
    }

    /** Sets styles while a theme is being read. */
    static final class Editor {
        private final Map<Role, Style> roles;
        private final Style[] marks;
        private final Map<Highlight, Style> highlights;

        private Editor(Map<Role, Style> roles, Style[] marks, Map<Highlight, Style> highlights) {
            this.roles = roles;
            this.marks = marks;
            this.highlights = highlights;
        }

        void role(Role role, Style style) {
            roles.put(role, style);
        }

        void mark(int mark, Style style) {
            marks[markIndex(mark)] = style;
        }

        void highlight(Highlight highlight, Style style) {
            highlights.put(highlight, style);
        }
    }

    private static int markIndex(int mark) {
        for (int i = 0; i < MARKS.length; i++) {
            if (MARKS[i] == mark) {
                return i;
            }
        }
        throw new IllegalArgumentException("not one inline mark: " + mark);
    }

    @Override
    public String toString() {
        return "Theme[" + name + "]";
    }
}
