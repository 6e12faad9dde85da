package dev.folio.tui;

import dev.folio.open.EditorCommand;
import dev.folio.open.Launcher;
import dev.folio.open.Opener;
import dev.folio.testing.Markdown;
import java.io.IOException;
import java.util.List;

/** Runtime services for tests: UTF-8 Markdown loading, no opener, no editor, colours, no watching. */
final class TestServices {
    static final Opener NO_OPENER = (target, kind) -> new Opener.Outcome(false, "no opener configured: " + target);

    /** Starts nothing: a test that gets here without its own launcher fails with a message. */
    static final Launcher NO_PROGRAMS = new Launcher() {
        @Override
        public void start(List<String> argv) throws IOException {
            throw new IOException("no programs in this test: " + argv);
        }

        @Override
        public int runInTerminal(List<String> argv) throws IOException {
            throw new IOException("no programs in this test: " + argv);
        }
    };

    private TestServices() {}

    static TuiServices standard() {
        return new TuiServices(Markdown::read, NO_OPENER, editor(NO_PROGRAMS), ScreenTheme.colour(), System.err,
                TuiServices.Watch.OFF);
    }

    /** {@code $EDITOR} is {@code test-editor}, run by {@code launcher}. */
    static EditorCommand editor(Launcher launcher) {
        return new EditorCommand(name -> name.equals("EDITOR") ? "test-editor" : null, launcher);
    }
}
