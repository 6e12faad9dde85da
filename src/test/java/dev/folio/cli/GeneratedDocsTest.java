package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.viewer.Action;
import dev.folio.viewer.KeyMap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man page and completion script that install.sh writes. */
class GeneratedDocsTest {
    @TempDir
    Path dir;

    @Test
    void manPageDescribesEveryVisibleOptionAndExitCode() {
        Run run = Run.folio(new FakeEnvironment(dir), "--generate-man-page");
        String man = run.out();
        assertEquals(0, run.exit());
        assertTrue(man.contains(".TH FOLIO 1 "), man);
        for (String option : new String[] {"\\-\\-print", "\\-\\-width", "\\-\\-color", "\\-\\-hyperlinks", "\\-\\-encoding",
            "\\-\\-max\\-size", "\\-\\-ambiguous\\-wide", "\\-\\-debug", "\\-\\-version", "\\-\\-help"}) {
            assertTrue(man.contains("\\fB" + option + "\\fR"), option);
        }
        assertFalse(man.contains("\\fB\\-\\-generate"), "hidden options stay out of the man page");
        String exit = man.substring(man.indexOf(".SH EXIT STATUS"), man.indexOf(".SH ENVIRONMENT"));
        for (String code : new String[] {"0", "1", "2", "70"}) {
            assertTrue(exit.contains(".B " + code + "\n"), code);
        }
        assertTrue(man.contains(".B NO_COLOR"));
        assertFalse(man.lines().anyMatch(l -> l.startsWith(".") && !l.matches("\\.(\\\\\"|TH|SH|SS|TP|PD|B|I|PP|br|nf|fi)( .*)?")),
                "only known requests");
    }

    @Test
    void manPageListsTheKeysOfTheKeyMapAndTheFilesFolioReads() {
        String man = Run.folio(new FakeEnvironment(dir), "--generate-man-page").out();
        assertTrue(man.contains(".SH KEYS"), man);
        String keys = man.substring(man.indexOf(".SH KEYS"), man.indexOf(".SH EXIT STATUS"));
        KeyMap map = KeyMap.defaults();
        for (Action action : Action.values()) {
            String entry = ".TP 18\n.B " + ManPage.escape(map.label(action)) + "\n";
            assertTrue(keys.contains(entry), "keys of " + action + ": " + entry);
            assertTrue(keys.contains(ManPage.escape(action.help().substring(1))), "help of " + action);
        }
        for (Action.Group group : Action.Group.values()) {
            assertTrue(keys.contains(".SS " + group.title() + "\n"), group.title());
        }
        String files = man.substring(man.indexOf(".SH FILES"), man.indexOf(".SH EXAMPLES"));
        assertTrue(files.contains(".I $XDG_CONFIG_HOME/folio/folio.toml"), files);
        assertTrue(files.contains(".I $XDG_CONFIG_HOME/folio/theme"), files);
        assertTrue(files.contains(".I $XDG_STATE_HOME/folio/folio.log"), files);
    }

    @Test
    void completionOffersOptionsValuesAndFiles() {
        Run run = Run.folio(new FakeEnvironment(dir), "--generate-completion");
        String script = run.out();
        assertEquals(0, run.exit());
        assertTrue(script.contains("complete -F _complete_folio"), script);
        assertTrue(script.contains("'--width'") && script.contains("'--max-size'"));
        assertTrue(script.contains("(\"auto\" \"always\" \"never\")"));
        assertTrue(script.contains("compgen -f"), "FILE completes file names");
        assertFalse(script.contains("--generate"), "hidden options are not offered");
    }
}
