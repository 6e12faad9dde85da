package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyMapTest {
    private final KeyMap keys = KeyMap.defaults();

    @Test
    void everyActionHasAKeyAndNoKeyTwoActions() {
        Map<Key, Action> seen = new HashMap<>();
        Map<Key, Action> seenInLibrary = new HashMap<>();
        for (Action a : Action.values()) {
            assertFalse(keys.keys(a).isEmpty(), a + " has no key");
            for (Key k : keys.keys(a)) {
                // The library view looks its keys up apart: they may be the reader's too (↓, Enter).
                Action before = (a.inLibrary() ? seenInLibrary : seen).put(KeyMap.normalise(k), a);
                assertTrue(before == null, KeyNames.of(k) + " is bound to " + before + " and " + a);
            }
        }
    }

    @Test
    void theContractKeysDoWhatTheIssueSays() {
        assertEquals(Action.LINE_DOWN, keys.action(Key.ch('j')).orElseThrow());
        assertEquals(Action.PAGE_DOWN, keys.action(Key.ch(' ')).orElseThrow());
        assertEquals(Action.PAGE_UP, keys.action(Key.of(Key.Kind.PAGE_UP)).orElseThrow());
        assertEquals(Action.BOTTOM, keys.action(Key.ch('G')).orElseThrow());
        assertEquals(Action.BOTTOM, keys.action(new Key(Key.Kind.CHAR, 'G', false, false, true)).orElseThrow(),
                "Shift is part of the character");
        assertEquals(Action.PREVIOUS_LINK, keys.action(new Key(Key.Kind.TAB, 0, false, false, true)).orElseThrow());
        assertEquals(Action.BACK, keys.action(Key.alt(Key.Kind.LEFT)).orElseThrow());
        assertEquals(Action.FORWARD, keys.action(Key.alt(Key.Kind.RIGHT)).orElseThrow());
        assertEquals(Action.QUIT, keys.action(new Key(Key.Kind.CHAR, 3, false, false, false)).orElseThrow(),
                "a raw ETX is Ctrl-C");
        assertTrue(keys.action(Key.of(Key.Kind.LEFT)).isEmpty());
    }

    @Test
    void helpListsEveryActionWithItsKeys() {
        List<String> help = keys.helpLines();
        for (Action a : Action.values()) {
            assertTrue(help.stream().anyMatch(l -> l.contains(keys.label(a)) && l.endsWith(a.help())),
                    a + " missing from help");
        }
    }

    @Test
    void theHelpOverlayShowsEveryActionWhenScrolled() {
        TestViewer v = TestViewer.open("h.md", Docs.paragraphs(3), 100, 12);
        v.type("?");
        assertEquals(Mode.HELP, v.state.mode());
        StringBuilder seen = new StringBuilder();
        int helpLines = Panel.items(v.state).size(); // one line a key reaches the end however long help grows
        for (int i = 0; i <= helpLines; i++) {
            seen.append(v.screen());
            v.type("j");
        }
        for (Action a : Action.values()) {
            assertTrue(seen.toString().contains(a.help()), a + " never shown");
        }
        v.type("?");
        assertEquals(Mode.READING, v.state.mode());
    }

    @Test
    void theReadmeTableHasARowPerAction() {
        String table = keys.markdownTable();
        assertTrue(table.startsWith("| Keys | Action |\n| --- | --- |\n"));
        long rows = table.lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(Action.values().length, rows);
        assertTrue(table.contains("| `j` `↓` | Down one line |"), table);
        assertTrue(table.contains("`Alt-←`"), table);
        assertTrue(table.contains("`Shift-Tab`"), table);
    }

    @Test
    void theLibraryViewsKeysAreLookedUpApartAndNeverPrintable() {
        assertEquals(Action.LINE_DOWN, keys.action(Key.of(Key.Kind.DOWN)).orElseThrow());
        assertEquals(Action.LIBRARY_DOWN, keys.libraryAction(Key.of(Key.Kind.DOWN)).orElseThrow());
        assertEquals(Action.LIBRARY_DOWN, keys.libraryAction(Key.ctrl('n')).orElseThrow());
        assertTrue(keys.libraryAction(Key.ch('j')).isEmpty(), "printable keys type into the filter");
        for (Action a : Action.values()) {
            if (a.inLibrary()) {
                for (Key k : keys.keys(a)) {
                    assertFalse(k.kind() == Key.Kind.CHAR && !k.ctrl() && !k.alt(), a + " would take a key the filter needs");
                }
            }
        }
        assertTrue(keys.conflicts().isEmpty(), keys.conflicts().toString());
        KeyMap clash = keys.with(Map.of(Action.LIBRARY_SORT, List.of(Key.of(Key.Kind.ENTER))));
        assertEquals(List.of(new KeyMap.Conflict(Key.of(Key.Kind.ENTER), Action.LIBRARY_SORT, Action.LIBRARY_OPEN)), clash.conflicts(),
                "two library actions on one key conflict");
    }
}
