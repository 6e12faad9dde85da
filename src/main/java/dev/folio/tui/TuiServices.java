package dev.folio.tui;

import dev.folio.open.EditorCommand;
import dev.folio.open.Opener;
import dev.folio.text.AmbiguousWidth;
import java.io.PrintStream;

/**
 * What the runtime needs from the rest of folio to perform the viewer's effects: how to load a
 * document a link leads to, the opener for external targets, the user's editor, how things look,
 * where a crash is reported, whether the shown file is watched for changes, and how many columns
 * the terminal gives East Asian Ambiguous characters (the viewer, its layout and the painter count
 * alike).
 */
public record TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                          PrintStream err, Watch watch, AmbiguousWidth ambiguous) {
    /** Whether the document's file is reloaded when it changes on disk. */
    public enum Watch { OFF, FILE }

    public TuiServices {
        ambiguous = ambiguous == null ? AmbiguousWidth.NARROW : ambiguous;
    }

    /** Ambiguous characters one column wide. */
    public TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                       PrintStream err, Watch watch) {
        this(loader, opener, editor, theme, err, watch, AmbiguousWidth.NARROW);
    }

    public TuiServices withOpener(Opener newOpener) {
        return new TuiServices(loader, newOpener, editor, theme, err, watch, ambiguous);
    }

    public TuiServices withEditor(EditorCommand newEditor) {
        return new TuiServices(loader, opener, newEditor, theme, err, watch, ambiguous);
    }

    public TuiServices withWatch(Watch newWatch) {
        return new TuiServices(loader, opener, editor, theme, err, newWatch, ambiguous);
    }
}
