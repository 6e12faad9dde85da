package dev.folio.tui;

import dev.folio.failure.CrashLog;
import java.util.List;

/**
 * Starts the full-screen viewer: the one entry point the CLI calls.
 *
 * <p>Keys are read from the controlling terminal ({@code /dev/tty}), so the document may come from
 * a pipe on stdin; the screen is drawn on standard output, which the caller has checked is a
 * terminal. The terminal is given back on every way out: quit, an
 * exception (restored first, then one line on stderr and the details in {@link CrashLog}'s file),
 * SIGINT and SIGTERM (shutdown hook).
 */
public final class TuiLauncher {
    /** Returned after a crash, once the terminal is restored and the error reported. */
    public static final int EXIT_FAILURE = CrashLog.EXIT_CODE;

    private TuiLauncher() {}

    /**
     * Shows {@code start} in the viewer until the user quits.
     *
     * @return the exit code: 0 after quitting, {@link #EXIT_FAILURE} after an unexpected error
     * @throws NoTerminalException when no terminal can be opened; nothing was drawn, print instead
     */
    public static int run(Start start, TuiServices services) throws NoTerminalException {
        return run(Core.VIEWER, start, services);
    }

    /** With a wrapped core (tests). */
    static int run(Core core, Start start, TuiServices services) throws NoTerminalException {
        TerminalSession session = TerminalSession.open();
        try {
            int code = new TuiRuntime(core, session, services, FileWatcher.INTERVAL).run(start);
            session.close();
            return code;
        } catch (Throwable failure) {
            closeQuietly(session);
            services.err().println(CrashLog.forThisProcess().report(failure, List.of()));
            services.err().flush();
            return EXIT_FAILURE;
        }
    }

    private static void closeQuietly(TerminalSession session) {
        try {
            session.close();
        } catch (Exception | Error ignored) {
            // the failure being reported matters more than a second one while restoring
        }
    }
}
