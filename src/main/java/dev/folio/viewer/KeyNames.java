package dev.folio.viewer;

/** Names of keys as help shows them ({@code Space}, {@code PgDn}, {@code Alt-←}, {@code Ctrl-C}). */
final class KeyNames {
    private KeyNames() {}

    static String of(Key key) {
        String base = key.kind() == Key.Kind.CHAR ? character(key.ch()) : kind(key.kind());
        if (key.kind() == Key.Kind.CHAR && key.ctrl()) {
            base = "Ctrl-" + Character.toString(Character.toUpperCase(key.ch()));
        }
        return (key.alt() ? "Alt-" : "") + (key.shift() && key.kind() != Key.Kind.CHAR ? "Shift-" : "") + base;
    }

    private static String character(int cp) {
        return cp == ' ' ? "Space" : Character.toString(cp);
    }

    private static String kind(Key.Kind kind) {
        switch (kind) {
            case ENTER: return "Enter";
            case ESCAPE: return "Esc";
            case BACKSPACE: return "Backspace";
            case TAB: return "Tab";
            case BACK_TAB: return "Shift-Tab";
            case UP: return "↑";
            case DOWN: return "↓";
            case LEFT: return "←";
            case RIGHT: return "→";
            case PAGE_UP: return "PgUp";
            case PAGE_DOWN: return "PgDn";
            case HOME: return "Home";
            case END: return "End";
            case DELETE: return "Del";
            case INSERT: return "Ins";
            case F1: return "F1";
            default: return kind.name();
        }
    }
}
