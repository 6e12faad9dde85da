package dev.folio.viewer;

/**
 * A key press, independent of any terminal library. {@code ch} is set for {@link Kind#CHAR}
 * (a code point); modifiers apply to every kind.
 */
public record Key(Kind kind, int ch, boolean ctrl, boolean alt, boolean shift) {
    public enum Kind {
        CHAR, ENTER, ESCAPE, BACKSPACE, TAB, BACK_TAB, UP, DOWN, LEFT, RIGHT,
        PAGE_UP, PAGE_DOWN, HOME, END, DELETE, INSERT, F1
    }

    public static Key of(Kind kind) {
        return new Key(kind, 0, false, false, false);
    }

    public static Key ch(int codePoint) {
        return new Key(Kind.CHAR, codePoint, false, false, false);
    }

    public static Key ctrl(int codePoint) {
        return new Key(Kind.CHAR, codePoint, true, false, false);
    }

    public static Key alt(Kind kind) {
        return new Key(kind, 0, false, true, false);
    }
}
