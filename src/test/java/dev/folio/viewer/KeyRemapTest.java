package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keys remapped (as the config file does): they work, and help and the key table say so. */
class KeyRemapTest {
    private final KeyMap remapped = KeyMap.defaults().with(Map.of(
            Action.QUIT, List.of(Key.ch('Q')),
            Action.HELP, List.of(Key.of(Key.Kind.F1), Key.ch('z')),
            Action.LINE_DOWN, List.of(Key.ctrl('n'), Key.ch('j'))));

    @Test
    void everyNameHelpShowsReadsBackAsItsKey() {
        for (Action a : Action.values()) {
            for (Key k : KeyMap.defaults().keys(a)) {
                assertEquals(Optional.of(KeyMap.normalise(k)), KeyMap.parseKey(KeyNames.of(k)), KeyNames.of(k));
            }
        }
    }

    @Test
    void keyNamesAcceptCommonSpellings() {
        assertEquals(Optional.of(Key.ctrl('d')), KeyMap.parseKey("ctrl-D"));
        assertEquals(Optional.of(Key.ctrl('d')), KeyMap.parseKey("C-d"));
        assertEquals(Optional.of(Key.of(Key.Kind.PAGE_DOWN)), KeyMap.parseKey("PageDown"));
        assertEquals(Optional.of(Key.alt(Key.Kind.LEFT)), KeyMap.parseKey("Alt-Left"));
        assertEquals(Optional.of(Key.ch(' ')), KeyMap.parseKey("space"));
        assertEquals(Optional.of(Key.ch('-')), KeyMap.parseKey("-"));
        assertEquals(Optional.of(new Key(Key.Kind.CHAR, '-', false, true, false)), KeyMap.parseKey("Alt--"));
        assertEquals(Optional.of(Key.ch('中')), KeyMap.parseKey("中"));
        assertEquals(Optional.of(Key.of(Key.Kind.BACK_TAB)), KeyMap.parseKey("shift-tab"));
    }

    @Test
    void keyNamesThatNameNoKeyAreRefused() {
        for (String bad : new String[] {"", "jk", "Ctrl-1", "Ctrl-Space", "Shift-g", "Shift-Up", "Hyper-x", "F13", "\u0007"}) {
            assertTrue(KeyMap.parseKey(bad).isEmpty(), bad);
        }
    }

    @Test
    void anOverrideReplacesTheActionsKeysAndLeavesTheRest() {
        assertEquals(Optional.of(Action.QUIT), remapped.action(Key.ch('Q')));
        assertEquals(Optional.empty(), remapped.action(Key.ch('q')));
        assertEquals(Optional.of(Action.LINE_DOWN), remapped.action(Key.ch(14)), "raw Ctrl-N");
        assertEquals(Optional.of(Action.BOTTOM), remapped.action(Key.ch('G')));
        assertTrue(remapped.conflicts().isEmpty());
        assertTrue(KeyMap.defaults().conflicts().isEmpty());
    }

    @Test
    void aKeyOnTwoActionsIsAConflict() {
        KeyMap clash = KeyMap.defaults().with(Map.of(Action.QUIT, List.of(Key.ch('d'))));
        assertEquals(List.of(new KeyMap.Conflict(Key.ch('d'), Action.HALF_PAGE_DOWN, Action.QUIT)), clash.conflicts());
    }

    @Test
    void theKeyTableShowsTheRemappedKeys() {
        String table = remapped.markdownTable();
        assertTrue(table.contains("| `Q` | Quit"), table);
        assertTrue(table.contains("| `F1` `z` | This help |"), table);
        assertTrue(table.contains("In lists: Ctrl-N k j ↑ move, Enter chooses, Esc or Q closes."), table);
        assertFalse(table.contains("`q`"), table);
    }

    @Test
    void theRemappedKeysDriveTheViewerAndHelpShowsThem() {
        TestViewer v = TestViewer.open("r.md", Docs.paragraphs(60), 80, 20, remapped);
        v.type("q");
        assertTrue(v.effects.isEmpty(), "q no longer quits");
        v.key(Key.ctrl('n'));
        assertEquals(1, v.top());
        v.type("z");
        assertEquals(Mode.HELP, v.state.mode());
        StringBuilder seen = new StringBuilder(v.screen());
        for (int i = 0; i < KeyMap.defaults().helpLines().size(); i++) { // as far as help is long
            v.type("j");
            seen.append(v.screen());
        }
        String help = seen.toString();
        assertTrue(help.matches("(?s).*F1 z +this help.*"), help);
        assertTrue(help.matches("(?s).*Ctrl-N j +down one line.*"), help);
        assertTrue(help.contains("Ctrl-N k scroll"), "the panel's footer names the remapped keys: " + help);
        v.type("Q");
        assertEquals(Mode.READING, v.state.mode(), "Q closes the list, as q did");
        v.type("Q");
        assertEquals(List.of(new Effect.Quit()), v.effectsBesidesSaving());
    }
}
