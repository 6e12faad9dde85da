package dev.folio.tui;

import java.io.PrintStream;

/**
 * What the runtime needs from the rest of folio: how to load a document a link leads to, how to
 * open a target externally, how to edit the document, how things look, and where a crash is
 * reported.
 */
public record TuiServices(DocumentLoader loader, Opener opener, ScreenTheme theme, PrintStream err, Editor editor) {
    public TuiServices {
        editor = editor == null ? Editor.NONE : editor;
    }

    /** Without an editor. */
    public TuiServices(DocumentLoader loader, Opener opener, ScreenTheme theme, PrintStream err) {
        this(loader, opener, theme, err, Editor.NONE);
    }

    /** UTF-8 Markdown loading, no opener, the theme {@code NO_COLOR} asks for, {@code System.err}. */
    public static TuiServices defaults() {
        return new TuiServices(DocumentLoader.utf8Markdown(), Opener.NONE,
                ScreenTheme.forEnvironment(System.getenv()), System.err);
    }

    public TuiServices withLoader(DocumentLoader newLoader) {
        return new TuiServices(newLoader, opener, theme, err, editor);
    }

    public TuiServices withOpener(Opener newOpener) {
        return new TuiServices(loader, newOpener, theme, err, editor);
    }

    public TuiServices withTheme(ScreenTheme newTheme) {
        return new TuiServices(loader, opener, newTheme, err, editor);
    }

    public TuiServices withEditor(Editor newEditor) {
        return new TuiServices(loader, opener, theme, err, newEditor);
    }
}
