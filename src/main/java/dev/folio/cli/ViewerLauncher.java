package dev.folio.cli;

import java.util.Optional;

/**
 * Opens the full-screen viewer. An interface so that command-line tests can run without a
 * terminal (they pass a fake, or none).
 */
public interface ViewerLauncher {
    /**
     * Shows the document until the reader quits, restoring the terminal before returning or
     * throwing.
     *
     * @return the exit code (0 when the reader quit normally)
     * @throws dev.folio.tui.NoTerminalException when no terminal can be opened (the caller prints instead)
     */
    int view(ViewRequest request) throws Exception;

    /**
     * Runs the viewer on a virtual screen for a few keys, without a terminal: the work of a
     * session's start, for the training run that makes folio's class data. Does nothing by default.
     */
    default void rehearse(ViewRequest request) throws Exception {}

    /** The real viewer. */
    static Optional<ViewerLauncher> find() {
        return Optional.of(new FullScreenViewer());
    }
}
