package dev.folio.viewer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which keys do which {@link Action}: data, so that {@code ?} help and the README's key table are
 * generated from the same place the keys are looked up in. The defaults can be overridden per
 * action ({@link #with}), as the config file's {@code [keys]} table does; help then shows the
 * keys that really work.
 */
public final class KeyMap {
    private static final KeyMap DEFAULTS = new KeyMap(defaultBindings());

    /** What help adds below the actions: input that is not a key binding. */
    private static final String LIBRARY_NOTE = "In the library view (folio DIR): printable keys type into the filter "
            + "(fuzzy, Chinese too); the other keys are the library's own, above.";
    private static final String MOUSE_NOTE = "Mouse: the wheel scrolls, a click on a link follows it; "
            + "while released, the terminal selects and copies.";

    private final Map<Action, List<Key>> keys;
    private final Map<Key, Action> byKey = new HashMap<>();
    /** The library view's actions by key: looked up apart, so they may share keys with the reader's. */
    private final Map<Key, Action> libraryByKey = new HashMap<>();

    public KeyMap(Map<Action, List<Key>> keys) {
        Map<Action, List<Key>> copy = new EnumMap<>(Action.class);
        for (Map.Entry<Action, List<Key>> e : keys.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
            for (Key k : e.getValue()) {
                (e.getKey().inLibrary() ? libraryByKey : byKey).putIfAbsent(normalise(k), e.getKey());
            }
        }
        this.keys = Collections.unmodifiableMap(copy);
    }

    public static KeyMap defaults() {
        return DEFAULTS;
    }

    /**
     * These keys, with each action in {@code overrides} bound to the keys given there instead
     * (an empty list unbinds it). The result may have {@link #conflicts()}; check them.
     */
    public KeyMap with(Map<Action, List<Key>> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<Action, List<Key>> merged = new EnumMap<>(keys);
        merged.putAll(overrides);
        return new KeyMap(merged);
    }

    /** Key maps are equal when every action has the same keys, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KeyMap && ((KeyMap) other).keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    /** A key bound to two actions: only the first would ever run. */
    public record Conflict(Key key, Action first, Action second) {
        /** The key as help names it. */
        public String keyName() {
            return KeyNames.of(key);
        }
    }

    /** Every key bound to more than one action of the same view (the library's or the reader's), in action order. */
    public List<Conflict> conflicts() {
        List<Conflict> out = new ArrayList<>();
        Map<Key, Action> seen = new HashMap<>();
        Map<Key, Action> seenInLibrary = new HashMap<>();
        for (Map.Entry<Action, List<Key>> e : keys.entrySet()) {
            for (Key k : new java.util.LinkedHashSet<>(e.getValue())) {
                Action before = (e.getKey().inLibrary() ? seenInLibrary : seen).putIfAbsent(normalise(k), e.getKey());
                if (before != null && before != e.getKey()) {
                    out.add(new Conflict(k, before, e.getKey()));
                }
            }
        }
        return out;
    }

    /** A key as help names it, which is also how a config file may write it: {@code Ctrl-D}, {@code PgDn}. */
    public static String keyName(Key key) {
        return KeyNames.of(key);
    }

    /** Reads a key as a config file writes it ({@code j}, {@code Ctrl-D}, {@code PgDn}, {@code Alt-←}). */
    public static Optional<Key> parseKey(String name) {
        return KeyNames.parse(name);
    }

    /** The action bound to a key, if any (the library view's own actions aside). */
    public Optional<Action> action(Key key) {
        return Optional.ofNullable(byKey.get(normalise(key)));
    }

    /** The library view's action bound to a key, if any. */
    public Optional<Action> libraryAction(Key key) {
        return Optional.ofNullable(libraryByKey.get(normalise(key)));
    }

    public List<Key> keys(Action action) {
        return keys.getOrDefault(action, List.of());
    }

    /** The keys of an action as help shows them: {@code j ↓}. */
    public String label(Action action) {
        List<String> names = new ArrayList<>();
        for (Key k : keys(action)) {
            names.add(KeyNames.of(k));
        }
        return String.join(" ", names);
    }

    /**
     * The help screen in {@code width} columns: an entry too long for it wraps at spaces, its
     * next lines indented under the text (a hanging indent), never cut with an ellipsis.
     */
    public List<String> helpLines(int width) {
        int column = 0;
        for (Action a : Action.values()) {
            column = Math.max(column, dev.folio.text.Width.of(label(a)));
        }
        int indent = 2 + column + 2;
        List<String> out = new ArrayList<>();
        for (String line : helpLines()) {
            boolean entry = line.startsWith("  ") && dev.folio.text.Width.of(line) > indent;
            if (!entry || indent >= width - 8) {
                out.addAll(dev.folio.text.WordWrap.lines(line, width));
                continue;
            }
            String keys = line.substring(0, indentIndex(line, indent));
            out.addAll(dev.folio.text.WordWrap.hanging(keys, " ".repeat(indent), line.substring(keys.length()), width));
        }
        return out;
    }

    /** The char index where display column {@code columns} starts in {@code line}. */
    private static int indentIndex(String line, int columns) {
        int used = 0;
        int i = 0;
        while (i < line.length() && used < columns) {
            int next = dev.folio.text.Graphemes.next(line, i);
            used += dev.folio.text.Width.cluster(line, i, next);
            i = next;
        }
        return i;
    }

    /** The help screen: one line per action, grouped, keys in a column. */
    public List<String> helpLines() {
        int column = 0;
        for (Action a : Action.values()) {
            column = Math.max(column, dev.folio.text.Width.of(label(a)));
        }
        List<String> out = new ArrayList<>();
        Action.Group group = null;
        for (Action a : Action.values()) {
            if (a.group() != group) {
                if (group != null) {
                    out.add("");
                }
                group = a.group();
                out.add(group.title());
            }
            String label = label(a);
            out.add("  " + label + " ".repeat(column - dev.folio.text.Width.of(label) + 2) + a.help());
        }
        out.add("");
        out.addAll(notes());
        return out;
    }

    /** The README's key table, in Markdown. */
    public String markdownTable() {
        StringBuilder sb = new StringBuilder("| Keys | Action |\n| --- | --- |\n");
        for (Action a : Action.values()) {
            List<String> names = new ArrayList<>();
            for (Key k : keys(a)) {
                names.add("`" + KeyNames.of(k) + "`");
            }
            sb.append("| ").append(String.join(" ", names)).append(" | ").append(capitalise(a.help())).append(" |\n");
        }
        for (String note : notes()) {
            sb.append('\n').append(note).append('\n');
        }
        return sb.toString();
    }

    /** The first key of an action as a short hint ({@code j}), or empty when it has none. */
    public String firstKey(Action action) {
        List<Key> bound = keys(action);
        return bound.isEmpty() ? "" : KeyNames.of(bound.get(0));
    }

    /** Lines below the actions in help: how lists are driven (with these keys), and the mouse. */
    public List<String> notes() {
        // "j k ↓ ↑ move": the first keys of down and up read as a pair, then the others.
        List<String> move = new ArrayList<>();
        int most = Math.max(keys(Action.LINE_DOWN).size(), keys(Action.LINE_UP).size());
        for (int i = 0; i < most; i++) {
            for (Action a : List.of(Action.LINE_DOWN, Action.LINE_UP)) {
                if (i < keys(a).size()) {
                    move.add(KeyNames.of(keys(a).get(i)));
                }
            }
        }
        List<String> close = new ArrayList<>();
        for (Action a : List.of(Action.CLOSE, Action.QUIT)) {
            if (!firstKey(a).isEmpty()) {
                close.add(firstKey(a));
            }
        }
        return List.of("In lists: " + String.join(" ", move) + " move, " + label(Action.FOLLOW) + " chooses, "
                + String.join(" or ", close) + " closes.", LIBRARY_NOTE, MOUSE_NOTE);
    }

    /**
     * One form per key: a character ignores Shift (it is in the character), a control character
     * becomes Ctrl-letter, and Shift-Tab is Shift-Tab whichever way the terminal reports it.
     */
    static Key normalise(Key key) {
        if (key.kind() == Key.Kind.CHAR) {
            int cp = key.ch();
            boolean ctrl = key.ctrl();
            if (cp >= 1 && cp <= 26) {
                cp = 'a' + cp - 1;
                ctrl = true;
            }
            if (ctrl) {
                cp = Character.toLowerCase(cp);
            }
            return new Key(Key.Kind.CHAR, cp, ctrl, key.alt(), false);
        }
        if (key.kind() == Key.Kind.TAB && key.shift()) {
            return new Key(Key.Kind.BACK_TAB, 0, key.ctrl(), key.alt(), false);
        }
        return new Key(key.kind(), 0, key.ctrl(), key.alt(), false);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<Action, List<Key>> defaultBindings() {
        Map<Action, List<Key>> m = new EnumMap<>(Action.class);
        m.put(Action.LINE_DOWN, List.of(Key.ch('j'), Key.of(Key.Kind.DOWN)));
        m.put(Action.LINE_UP, List.of(Key.ch('k'), Key.of(Key.Kind.UP)));
        m.put(Action.PAGE_DOWN, List.of(Key.ch(' '), Key.ch('f'), Key.of(Key.Kind.PAGE_DOWN)));
        m.put(Action.PAGE_UP, List.of(Key.ch('b'), Key.of(Key.Kind.PAGE_UP)));
        m.put(Action.HALF_PAGE_DOWN, List.of(Key.ch('d')));
        m.put(Action.HALF_PAGE_UP, List.of(Key.ch('u')));
        m.put(Action.TOP, List.of(Key.ch('g'), Key.of(Key.Kind.HOME)));
        m.put(Action.BOTTOM, List.of(Key.ch('G'), Key.of(Key.Kind.END)));
        m.put(Action.NEXT_HEADING, List.of(Key.ch(']')));
        m.put(Action.PREVIOUS_HEADING, List.of(Key.ch('[')));
        m.put(Action.OUTLINE, List.of(Key.ch('o'), Key.ch('t')));
        m.put(Action.NEXT_LINK, List.of(Key.of(Key.Kind.TAB)));
        m.put(Action.PREVIOUS_LINK, List.of(Key.of(Key.Kind.BACK_TAB)));
        m.put(Action.FOLLOW, List.of(Key.of(Key.Kind.ENTER)));
        m.put(Action.HINTS, List.of(Key.ch('F'), Key.ch(';')));
        m.put(Action.OPEN_EXTERNALLY, List.of(Key.ch('O'), Key.ch('x')));
        m.put(Action.READ_IN_FOLIO, List.of(Key.ch('w')));
        m.put(Action.COPY_LINK, List.of(Key.ch('y')));
        m.put(Action.COPY_SECTION, List.of(Key.ch('Y')));
        m.put(Action.MEDIA, List.of(Key.ch('m')));
        m.put(Action.VIEW_IMAGE, List.of(Key.ch('i')));
        m.put(Action.TOGGLE_IMAGES, List.of(Key.ch('I')));
        m.put(Action.BACK, List.of(Key.of(Key.Kind.BACKSPACE), Key.alt(Key.Kind.LEFT)));
        m.put(Action.FORWARD, List.of(Key.alt(Key.Kind.RIGHT)));
        m.put(Action.SEARCH, List.of(Key.ch('/')));
        m.put(Action.NEXT_MATCH, List.of(Key.ch('n')));
        m.put(Action.PREVIOUS_MATCH, List.of(Key.ch('N')));
        m.put(Action.NEXT_ARTICLE, List.of(Key.ch('}')));
        m.put(Action.PREVIOUS_ARTICLE, List.of(Key.ch('{')));
        m.put(Action.COLLECTION_INDEX, List.of(Key.ch('H')));
        m.put(Action.LIBRARY, List.of(Key.ch('L')));
        m.put(Action.COLLECTION_SEARCH, List.of(Key.ch('S')));
        m.put(Action.ADD_BOOKMARK, List.of(Key.ch('M')));
        m.put(Action.BOOKMARKS, List.of(Key.ch('B'), Key.ch('\'')));
        m.put(Action.NARROWER, List.of(Key.ch('<')));
        m.put(Action.WIDER, List.of(Key.ch('>')));
        m.put(Action.CENTRE, List.of(Key.ch('c')));
        m.put(Action.MOUSE, List.of(Key.ch('V')));
        m.put(Action.RELOAD, List.of(Key.ch('r')));
        m.put(Action.EDIT, List.of(Key.ch('e')));
        m.put(Action.HELP, List.of(Key.ch('?'), Key.of(Key.Kind.F1)));
        m.put(Action.MESSAGES, List.of(Key.ch('P')));
        m.put(Action.CLOSE, List.of(Key.of(Key.Kind.ESCAPE)));
        m.put(Action.QUIT, List.of(Key.ch('q'), Key.ctrl('c')));
        m.put(Action.LIBRARY_DOWN, List.of(Key.of(Key.Kind.DOWN), Key.ctrl('n')));
        m.put(Action.LIBRARY_UP, List.of(Key.of(Key.Kind.UP), Key.ctrl('p')));
        m.put(Action.LIBRARY_PAGE_DOWN, List.of(Key.of(Key.Kind.PAGE_DOWN)));
        m.put(Action.LIBRARY_PAGE_UP, List.of(Key.of(Key.Kind.PAGE_UP)));
        m.put(Action.LIBRARY_FIRST, List.of(Key.of(Key.Kind.HOME)));
        m.put(Action.LIBRARY_LAST, List.of(Key.of(Key.Kind.END)));
        m.put(Action.LIBRARY_SORT, List.of(Key.of(Key.Kind.TAB)));
        m.put(Action.LIBRARY_OPEN, List.of(Key.of(Key.Kind.ENTER)));
        m.put(Action.LIBRARY_ERASE, List.of(Key.of(Key.Kind.BACKSPACE)));
        m.put(Action.LIBRARY_CLEAR, List.of(Key.of(Key.Kind.ESCAPE)));
        m.put(Action.LIBRARY_SEARCH, List.of(Key.ctrl('f')));
        return m;
    }
}
