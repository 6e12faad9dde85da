package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertFalse(man.lines().anyMatch(l -> l.startsWith(".") && !l.matches("\\.(\\\\\"|TH|SH|TP|B|I|PP|br|nf|fi)( .*)?")),
                "only known requests");
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
