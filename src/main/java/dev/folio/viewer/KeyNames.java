package dev.folio.viewer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names of keys as help shows them ({@code Space}, {@code PgDn}, {@code Alt-←}, {@code Ctrl-C}),
 * and back: {@link #parse} reads what a config file writes, so every name help shows is accepted.
 */
final class KeyNames {
    /** Names of the non-character keys, lower case; help's own names and common spellings. */
    private static final Map<String, Key.Kind> KINDS = Map.ofEntries(
            Map.entry("enter", Key.Kind.ENTER), Map.entry("return", Key.Kind.ENTER),
            Map.entry("esc", Key.Kind.ESCAPE), Map.entry("escape", Key.Kind.ESCAPE),
            Map.entry("backspace", Key.Kind.BACKSPACE), Map.entry("tab", Key.Kind.TAB),
            Map.entry("backtab", Key.Kind.BACK_TAB),
            Map.entry("up", Key.Kind.UP), Map.entry("↑", Key.Kind.UP),
            Map.entry("down", Key.Kind.DOWN), Map.entry("↓", Key.Kind.DOWN),
            Map.entry("left", Key.Kind.LEFT), Map.entry("←", Key.Kind.LEFT),
            Map.entry("right", Key.Kind.RIGHT), Map.entry("→", Key.Kind.RIGHT),
            Map.entry("pgup", Key.Kind.PAGE_UP), Map.entry("pageup", Key.Kind.PAGE_UP),
            Map.entry("pgdn", Key.Kind.PAGE_DOWN), Map.entry("pagedown", Key.Kind.PAGE_DOWN),
            Map.entry("home", Key.Kind.HOME), Map.entry("end", Key.Kind.END),
            Map.entry("del", Key.Kind.DELETE), Map.entry("delete", Key.Kind.DELETE),
            Map.entry("ins", Key.Kind.INSERT), Map.entry("insert", Key.Kind.INSERT),
            Map.entry("f1", Key.Kind.F1));

    private KeyNames() {}

    /**
     * Reads a key name: one character ({@code j}, {@code G}, {@code ?}), a named key
     * ({@code Space}, {@code Enter}, {@code PgDn}, {@code ↓}, {@code Down}), with {@code Ctrl-}
     * (letters only) and {@code Alt-} prefixes; {@code Shift-} only in {@code Shift-Tab}, since a
     * shifted character is the character itself. Names ignore case; characters do not.
     * Empty when the text names no key.
     */
    static Optional<Key> parse(String text) {
        String rest = text.strip();
        boolean ctrl = false;
        boolean alt = false;
        boolean shift = false;
        while (rest.length() > 1 && rest.indexOf('-') > 0) {
            String prefix = rest.substring(0, rest.indexOf('-')).toLowerCase(Locale.ROOT);
            if (prefix.equals("ctrl") || prefix.equals("c")) {
                ctrl = true;
            } else if (prefix.equals("alt") || prefix.equals("m")) {
                alt = true;
            } else if (prefix.equals("shift") || prefix.equals("s")) {
                shift = true;
            } else {
                break;
            }
            rest = rest.substring(prefix.length() + 1);
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Key.Kind kind = KINDS.get(rest.toLowerCase(Locale.ROOT));
        if (kind != null) {
            return shift && kind != Key.Kind.TAB ? Optional.empty()
                    : Optional.of(KeyMap.normalise(new Key(kind, 0, ctrl, alt, shift)));
        }
        if (rest.codePointCount(0, rest.length()) == 1 || rest.equalsIgnoreCase("space")) {
            int cp = rest.equalsIgnoreCase("space") ? ' ' : rest.codePointAt(0);
            if (shift || Character.isISOControl(cp) || (ctrl && !isAsciiLetter(cp))) {
                return Optional.empty();
            }
            Key key = new Key(Key.Kind.CHAR, ctrl ? Character.toLowerCase(cp) : cp, ctrl, alt, false);
            return Optional.of(key);
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

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
