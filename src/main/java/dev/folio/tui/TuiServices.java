package dev.folio.tui;

import dev.folio.open.EditorCommand;
import dev.folio.open.Opener;
import java.io.PrintStream;

/**
 * What the runtime needs from the rest of folio to perform the viewer's effects: how to load a
 * document a link leads to, the opener for external targets, the user's editor, how things look,
 * where a crash is reported, and whether the shown file is watched for changes.
 */
public record TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                          PrintStream err, Watch watch) {
    /** Whether the document's file is reloaded when it changes on disk. */
    public enum Watch { OFF, FILE }

    public TuiServices withOpener(Opener newOpener) {
        return new TuiServices(loader, newOpener, editor, theme, err, watch);
    }

    public TuiServices withEditor(EditorCommand newEditor) {
        return new TuiServices(loader, opener, newEditor, theme, err, watch);
    }

    public TuiServices withWatch(Watch newWatch) {
        return new TuiServices(loader, opener, editor, theme, err, newWatch);
    }
}
