package dev.folio.tui;

/**
 * No terminal could be opened for the full-screen viewer (no controlling tty, {@code stty}
 * missing or refused). The caller falls back to printing the document.
 */
public final class NoTerminalException extends Exception {
    public NoTerminalException(String message, Throwable cause) {
        super(message, cause);
    }
}
