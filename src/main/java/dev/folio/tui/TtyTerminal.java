package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.folio.text.Sanitizer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import sun.misc.Signal;

/**
 * Lanterna's Unix terminal with the corrections folio needs. It extends the parent of Lanterna's
 * {@code UnixTerminal} (which adds only constructors, none taking the tty device).
 *
 * <ul>
 *   <li>Text is written as the string's real UTF-8 bytes. Lanterna 3.1.5 encodes one {@code char}
 *       at a time, so every character outside the BMP comes out as {@code ??} and every 2-byte
 *       character is followed by a NUL byte. Text is sanitised once more on the way out: nothing
 *       written through {@link #putString} can become an escape sequence.</li>
 *   <li>The size comes from {@code stty size} on the tty: Lanterna's own method moves the cursor
 *       and waits up to 5 s for a position report.</li>
 *   <li>Raw input also turns off {@code isig}, {@code ixon} and {@code iexten}: Ctrl-C, Ctrl-Z,
 *       Ctrl-\ and Ctrl-S arrive as keys instead of killing, stopping, dumping threads onto the
 *       screen or freezing output; the runtime decides what they do.</li>
 * </ul>
 */
final class TtyTerminal extends UnixLikeTTYTerminal {
    /**
     * Keys Lanterna's default profile misses. A lone CR is Enter: Lanterna only knows CR NUL
     * (old macOS), so on a tty with {@code -icrnl} Enter would wait for the next key and both
     * would be dropped.
     */
    static final KeyDecodingProfile EXTRA_KEYS =
            () -> List.of(new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'));

    /**
     * @param ttyDevice the device {@code stty} operates on ({@code /dev/tty}); null runs stty on
     *                  the inherited standard input (tests only)
     */
    TtyTerminal(File ttyDevice, InputStream input, OutputStream output) throws IOException {
        super(ttyDevice, input, output, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        getInputDecoder().addProfile(EXTRA_KEYS);
    }

    @Override
    public void putString(String text) throws IOException {
        writeToTerminal(Sanitizer.visible(text).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void putCharacter(char c) throws IOException {
        putString(String.valueOf(c));
    }

    /** Writes one of folio's own control sequences (OSC 52) as it is, then flushes. */
    void writeSequence(String sequence) throws IOException {
        writeToTerminal(sequence.getBytes(StandardCharsets.US_ASCII));
        flush();
    }

    /**
     * The size {@code stty size} last told, until the next SIGWINCH (or a suspend): Lanterna asks
     * twice as it starts, and each question is a process (issue 12).
     */
    private volatile TerminalSize knownSize;

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = knownSize;
        if (known != null) {
            return known;
        }
        TerminalSize size = SttySize.parse(runSTTYCommand("size"));
        if (size == null) {
            return super.findTerminalSize();
        }
        knownSize = size;
        return size;
    }

    /**
     * SIGWINCH through {@code sun.misc.Signal} directly: Lanterna reaches it by reflection and a
     * proxy class generated at every start. The size is asked again after each signal.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), signal -> {
                knownSize = null;
                onResize.run();
            });
        } catch (IllegalArgumentException e) {
            // no SIGWINCH here: the size stays as first asked
        }
    }

    /**
     * folio's raw mode in one stty run. Lanterna sets it a step at a time (-icanon, min 1, -echo,
     * then the signals), one process each; every process costs start-up time (issue 12).
     */
    private static final String RAW = "-icanon min 1 -echo -isig -ixon -iexten";

    /** The tty's settings from before folio started ({@code stty -g}), or null before they are saved. */
    private String saved;
    /** Whether the tty is in {@link #RAW} mode: Lanterna's later steps towards it are then done already. */
    private boolean raw;

    /** Saves the settings and makes the tty raw with one process ({@code sh} runs stty twice). */
    @Override
    protected void saveTerminalSettings() throws IOException {
        String settings = exec("sh", "-c", "stty -g && stty " + RAW).trim();
        // Without a tty (tests) there is nothing to restore, and Lanterna's steps go on as before.
        raw = settings.matches("[A-Za-z0-9:=.-]+");
        saved = raw ? settings : null;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null) {
            runSTTYCommand(saved);
            raw = false;
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("icanon");
            raw = false;
        } else if (!raw) {
            runSTTYCommand(RAW.split(" "));
            raw = true;
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !raw) {
            runSTTYCommand(enabled ? "echo" : "-echo");
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        // Enabling needs nothing: restoreTerminalSettings() has already put back the saved state.
        if (!enabled && !raw) {
            runSTTYCommand("-isig", "-ixon", "-iexten");
        }
    }

    /**
     * Unregisters the shutdown hook Lanterna adds for this terminal. It restores the tty without
     * waiting for a frame being painted, so a SIGTERM mid-frame could leave the rest of that frame
     * on the user's shell screen; {@link TerminalSession}'s own hook waits for the frame first.
     * Lanterna keeps the hook in a private field; if it cannot be found, its hook stays (and
     * still restores the terminal).
     *
     * @return whether the hook was removed
     */
    boolean dropLanternaShutdownHook() {
        try {
            Field field = UnixLikeTerminal.class.getDeclaredField("shutdownHook");
            field.setAccessible(true);
            return Runtime.getRuntime().removeShutdownHook((Thread) field.get(this));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Gives the tty back its settings from before folio started (for a suspend). */
    void releaseTty() throws IOException {
        restoreTerminalSettings();
    }

    /** Puts the tty back into folio's raw mode after {@link #releaseTty()}. */
    void reacquireTty() throws IOException {
        knownSize = null; // the terminal may have changed size meanwhile
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }
}
