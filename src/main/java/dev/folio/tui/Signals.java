package dev.folio.tui;

import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The signals that would otherwise end or stop folio with the terminal still raw, in the alternate
 * screen, with mouse reporting on and the cursor hidden. The JVM runs shutdown hooks (which give
 * the terminal back) only for SIGHUP, SIGINT and SIGTERM; every other signal whose default action
 * is to terminate (SIGUSR1, SIGALRM …) ends the process at once. Here each of those exits through
 * {@link System#exit} instead, with the shell's code for death by that signal (128 + its number),
 * so the hooks run. SIGTSTP from outside ({@code kill -TSTP}) is turned into what Ctrl-Z does.
 *
 * <p>A signal ignored when folio started (under {@code nohup}) stays ignored, and one the JVM keeps
 * for itself (SIGUSR2, SIGXFSZ, SIGPIPE, SIGQUIT) is left to it. SIGQUIT's thread dump is the
 * JVM's to print: the installed launcher sends it off the screen ({@code -XX:-DisplayVMOutput}).
 */
final class Signals {
    /** Signals whose default action ends the process and that the JVM does not keep for itself. */
    static final List<String> TERMINATING = List.of("HUP", "INT", "TERM", "USR1", "ALRM", "VTALRM", "PROF", "XCPU",
            "IO", "PWR", "STKFLT");
    private static final String STOP = "TSTP";

    private static volatile SignalHandler stopHandler;

    private Signals() {}

    /** From now on, every terminating signal in {@link #TERMINATING} exits through the shutdown hooks. */
    static void exitOnTerminating() {
        for (String name : TERMINATING) {
            install(name, signal -> exit(signal));
        }
    }

    /** Calls {@code onStop} (on a signal thread) when SIGTSTP arrives from outside. */
    static void onStop(Runnable onStop) {
        SignalHandler handler = signal -> onStop.run();
        if (install(STOP, handler)) {
            stopHandler = handler;
        }
    }

    /**
     * Runs {@code stop} with SIGTSTP's default action (stopping the process) back in place, so a
     * SIGTSTP sent to folio's own process group stops it instead of calling {@link #onStop}'s
     * listener again; the listener is put back when {@code stop} returns (after {@code fg}).
     */
    static <T> T withDefaultStop(java.util.concurrent.Callable<T> stop) throws Exception {
        SignalHandler ours = stopHandler;
        if (ours == null) {
            return stop.call();
        }
        Signal signal = new Signal(STOP);
        Signal.handle(signal, SignalHandler.SIG_DFL);
        try {
            return stop.call();
        } finally {
            Signal.handle(signal, ours);
        }
    }

    /** Handles {@code name} unless it was ignored at start or the JVM handles it natively; whether it is now ours. */
    private static boolean install(String name, SignalHandler handler) {
        Signal signal;
        try {
            signal = new Signal(name);
        } catch (IllegalArgumentException unknown) {
            return false; // not a signal on this system (SIGSTKFLT, SIGPWR are Linux's)
        }
        try {
            SignalHandler old = Signal.handle(signal, handler);
            if (old == SignalHandler.SIG_IGN || old.getClass().getName().contains("NativeHandler")) {
                Signal.handle(signal, old);
                return false;
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException reserved) {
            return false; // kept by the JVM or the OS
        }
    }

    private static void exit(Signal signal) {
        // Not on the signal thread: System.exit blocks until the hooks are done, and a second
        // signal must still find a handler that returns.
        Thread exit = new Thread(() -> System.exit(128 + signal.getNumber()), "folio exit on SIG" + signal.getName());
        exit.start();
    }
}
