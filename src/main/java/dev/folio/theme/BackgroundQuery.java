package dev.folio.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a terminal for its background colour: OSC 11 ({@code ESC ]11;? BEL}), followed by a
 * primary device attributes request ({@code ESC [c}) that every terminal answers, in order. The
 * second answer tells that the first is not coming, so a terminal without OSC 11 costs no wait;
 * one that answers nothing costs the timeout, never more. Every byte of the answers is read, so
 * none is left for the shell or the viewer to show.
 *
 * <p>Works on streams, so tests can play the terminal. The caller puts a real terminal in
 * non-canonical, no-echo mode first; reads only take what {@link InputStream#available()} says is
 * there, so the query never blocks.
 */
public final class BackgroundQuery {
    static final String QUERY = "\u001b]11;?\u0007\u001b[c";
    /** The question alone, for a caller that asks more in the same breath (and ends with {@code ESC [c} itself). */
    public static final String COLOUR_QUESTION = "\u001b]11;?\u0007";

    /** {@code ESC ]11;rgb:R/G/B} (or {@code rgba:R/G/B/A}), 1 to 4 hex digits each, ended by BEL or ST. */
    private static final Pattern COLOUR = Pattern.compile(
            "\u001b]11;rgba?:([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})(?:/[0-9a-fA-F]{1,4})?(?:\u0007|\u001b\\\\)");
    private static final Pattern DEVICE_ATTRIBUTES = Pattern.compile("\u001b\\[\\?[0-9;]*c");
    /** Answers are short; anything longer is not an answer, and is not worth reading on. */
    private static final int MAX_ANSWER = 1024;
    private static final long POLL_MILLIS = 2;

    private final Duration timeout;
    private final Clock clock;

    public BackgroundQuery(Duration timeout) {
        this(timeout, Clock.SYSTEM);
    }

    /** With a clock of the caller's (tests play the terminal on a virtual one). */
    BackgroundQuery(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Where the query's time comes from: how long it has waited, and how it waits. */
    interface Clock {
        long nanoTime();

        void sleep(long millis) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long millis) throws InterruptedException {
                Thread.sleep(millis);
            }
        };
    }

    /** The terminal's background, when it tells it within the timeout. */
    public Optional<Background> ask(InputStream in, OutputStream out) throws IOException {
        OptionalInt rgb = askColour(in, out);
        return rgb.isPresent() ? Optional.of(Background.of(rgb.getAsInt())) : Optional.empty();
    }

    /** The background colour as {@code 0xRRGGBB}, when the terminal tells it within the timeout. */
    public OptionalInt askColour(InputStream in, OutputStream out) throws IOException {
        out.write(QUERY.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return parse(readAnswers(in));
    }

    private String readAnswers(InputStream in) throws IOException {
        long deadline = clock.nanoTime() + timeout.toNanos();
        StringBuilder answers = new StringBuilder();
        byte[] buffer = new byte[256];
        while (answers.length() < MAX_ANSWER && !DEVICE_ATTRIBUTES.matcher(answers).find()) {
            int available = in.available();
            if (available > 0) {
                int n = in.read(buffer, 0, Math.min(available, buffer.length));
                if (n < 0) {
                    break;
                }
                answers.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            } else if (clock.nanoTime() - deadline >= 0) {
                break;
            } else {
                pause();
            }
        }
        return answers.toString();
    }

    private void pause() {
        try {
            clock.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The colour in a terminal's answer, scaled to 8 bits a channel. */
    /** The background from answers read elsewhere (see {@link #COLOUR_QUESTION}). */
    public static Optional<Background> background(String answers) {
        OptionalInt rgb = parse(answers);
        return rgb.isPresent() ? Optional.of(Background.of(rgb.getAsInt())) : Optional.empty();
    }

    static OptionalInt parse(String answer) {
        Matcher m = COLOUR.matcher(answer);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(channel(m.group(1)) << 16 | channel(m.group(2)) << 8 | channel(m.group(3)));
    }

    /** A channel of 1–4 hex digits as 0–255 ({@code f} and {@code ffff} are both full). */
    private static int channel(String hex) {
        int max = (1 << (4 * hex.length())) - 1;
        return Math.round(Integer.parseInt(hex, 16) * 255f / max);
    }
}
