package dev.folio.tui;

import dev.folio.open.EditorCommand;
import dev.folio.open.Opener;
import dev.folio.text.AmbiguousWidth;
import java.io.PrintStream;

/**
 * What the runtime needs from the rest of folio to perform the viewer's effects: how to load a
 * document a link leads to (a file, or a web document), the opener for external targets, the
 * user's editor, how things look, where a crash is reported, whether the shown file is watched for
 * changes, how many columns the terminal gives East Asian Ambiguous characters (the viewer, its
 * layout and the painter count alike), how pictures are drawn, and where reading positions,
 * bookmarks and recent documents are kept.
 */
public record TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                          PrintStream err, Watch watch, AmbiguousWidth ambiguous, WebDocumentLoader web,
                          Graphics graphics, Memory memory) {
    /** Whether the document's file is reloaded when it changes on disk. */
    public enum Watch { OFF, FILE }

    public TuiServices {
        ambiguous = ambiguous == null ? AmbiguousWidth.NARROW : ambiguous;
        web = web == null ? WebDocumentLoader.NONE : web;
        graphics = graphics == null ? Graphics.NONE : graphics;
        memory = memory == null ? Memory.NONE : memory;
    }

    /** Without web access or images, remembering nothing between runs. */
    public TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                       PrintStream err, Watch watch, AmbiguousWidth ambiguous) {
        this(loader, opener, editor, theme, err, watch, ambiguous, WebDocumentLoader.NONE, Graphics.NONE, Memory.NONE);
    }

    /** As the seven-argument form, keeping positions, bookmarks and recent documents in {@code memory}. */
    public TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                       PrintStream err, Watch watch, AmbiguousWidth ambiguous, Memory memory) {
        this(loader, opener, editor, theme, err, watch, ambiguous, WebDocumentLoader.NONE, Graphics.NONE, memory);
    }

    /** Ambiguous characters one column wide. */
    public TuiServices(DocumentLoader loader, Opener opener, EditorCommand editor, ScreenTheme theme,
                       PrintStream err, Watch watch) {
        this(loader, opener, editor, theme, err, watch, AmbiguousWidth.NARROW);
    }

    public TuiServices withOpener(Opener newOpener) {
        return new TuiServices(loader, newOpener, editor, theme, err, watch, ambiguous, web, graphics, memory);
    }

    public TuiServices withEditor(EditorCommand newEditor) {
        return new TuiServices(loader, opener, newEditor, theme, err, watch, ambiguous, web, graphics, memory);
    }

    public TuiServices withWatch(Watch newWatch) {
        return new TuiServices(loader, opener, editor, theme, err, newWatch, ambiguous, web, graphics, memory);
    }

    public TuiServices withWeb(WebDocumentLoader newWeb) {
        return new TuiServices(loader, opener, editor, theme, err, watch, ambiguous, newWeb, graphics, memory);
    }

    public TuiServices withGraphics(Graphics newGraphics) {
        return new TuiServices(loader, opener, editor, theme, err, watch, ambiguous, web, newGraphics, memory);
    }

    public TuiServices withMemory(Memory newMemory) {
        return new TuiServices(loader, opener, editor, theme, err, watch, ambiguous, web, graphics, newMemory);
    }
}
