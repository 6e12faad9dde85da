package dev.folio.tui;

import java.io.PrintStream;

/**
 * What the runtime needs from the rest of folio: how to load a document a link leads to, how to
 * open a target externally, how things look, and where a crash is reported.
 */
public record TuiServices(DocumentLoader loader, Opener opener, ScreenTheme theme, PrintStream err) {
    /** UTF-8 Markdown loading, no opener, the theme {@code NO_COLOR} asks for, {@code System.err}. */
    public static TuiServices defaults() {
        return new TuiServices(DocumentLoader.utf8Markdown(), Opener.NONE,
                ScreenTheme.forEnvironment(System.getenv()), System.err);
    }

    public TuiServices withLoader(DocumentLoader newLoader) {
        return new TuiServices(newLoader, opener, theme, err);
    }

    public TuiServices withOpener(Opener newOpener) {
        return new TuiServices(loader, newOpener, theme, err);
    }

    public TuiServices withTheme(ScreenTheme newTheme) {
        return new TuiServices(loader, opener, newTheme, err);
    }
}
