package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OSC 11 against terminals that answer, answer late, answer only in part, or never answer. */
class BackgroundQueryTest {
    private static final String DA1 = "\u001b[?64;1;2;6;22c";
    private static final String BEL = "\u0007";
    private static final String ST = "\u001b\\";
    /** Generous for a shared, busy machine; what matters is that the query ends, and soon. */
    private static final long SLACK_MILLIS = 400;

    @Test
    void aDarkTerminalIsDark() throws IOException {
        try (FakeTerminal t = new FakeTerminal("\u001b]11;rgb:1c1c/1c1c/1c1c" + BEL + DA1, 5)) {
            assertEquals(Optional.of(Background.DARK), query(150).ask(t.in(), t.out()));
            assertEquals("\u001b]11;?\u0007\u001b[c", t.asked());
            assertEquals(0, t.unread(), "every byte of the answers is read");
        }
    }

    @Test
    void aLightTerminalIsLight() throws IOException {
        try (FakeTerminal t = new FakeTerminal("\u001b]11;rgb:ffff/ffff/ffff" + ST + DA1, 5)) {
            assertEquals(Optional.of(Background.LIGHT), query(150).ask(t.in(), t.out()));
            assertEquals(0, t.unread());
        }
    }

    @ParameterizedTest
    @CsvSource({"rgb:fdfd/f6f6/e3e3, fdf6e3", "rgb:fd/f6/e3, fdf6e3", "rgb:f/0/8, ff0088", "rgba:0000/2b2b/3636/ffff, 002b36",
        "rgb:000/800/fff, 0080ff"})
    void everyColourFormTerminalsUseIsRead(String colour, String rgb) throws IOException {
        try (FakeTerminal t = new FakeTerminal("\u001b]11;" + colour + BEL + DA1, 0)) {
            assertEquals(OptionalInt.of(Integer.parseInt(rgb, 16)), query(150).askColour(t.in(), t.out()));
        }
    }

    @Test
    void aTerminalWithoutOsc11CostsNoWait() throws IOException {
        try (FakeTerminal t = new FakeTerminal(DA1, 5)) {
            long start = System.nanoTime();
            assertEquals(Optional.empty(), query(3000).ask(t.in(), t.out()));
            assertTrue(millisSince(start) < 1500, "the device attributes answer ends the wait: " + millisSince(start) + " ms");
            assertEquals(0, t.unread());
        }
    }

    @Test
    void aTerminalThatNeverAnswersCostsTheTimeoutAndNoMore() throws IOException {
        try (FakeTerminal t = new FakeTerminal(null, 0)) {
            long start = System.nanoTime();
            assertEquals(Optional.empty(), query(120).ask(t.in(), t.out()));
            long took = millisSince(start);
            assertTrue(took >= 120 && took < 120 + SLACK_MILLIS, took + " ms");
        }
    }

    @Test
    void aLateAnswerIsNotWaitedFor() throws IOException {
        try (FakeTerminal t = new FakeTerminal("\u001b]11;rgb:ffff/ffff/ffff" + BEL + DA1, 1500)) {
            long start = System.nanoTime();
            assertEquals(Optional.empty(), query(120).ask(t.in(), t.out()));
            assertTrue(millisSince(start) < 120 + SLACK_MILLIS, millisSince(start) + " ms");
        }
    }

    @Test
    void anOsc11AnswerWithoutDeviceAttributesStillCounts() throws IOException {
        try (FakeTerminal t = new FakeTerminal("\u001b]11;rgb:0000/0000/0000" + BEL, 5)) {
            long start = System.nanoTime();
            assertEquals(Optional.of(Background.DARK), query(120).ask(t.in(), t.out()));
            assertTrue(millisSince(start) < 120 + SLACK_MILLIS);
        }
    }

    @Test
    void anEndlessStreamOfBytesIsNotReadForever() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int available() {
                return 64;
            }
        };
        long start = System.nanoTime();
        assertEquals(Optional.empty(), query(5000).ask(endless, java.io.OutputStream.nullOutputStream()));
        assertTrue(millisSince(start) < 2000);
    }

    @Test
    void answersThatAreNotColoursGiveNothing() {
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]11;rgb:zz/00/00" + BEL));
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]11;rgb:ffff/ffff" + BEL));
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]11;rgb:ffff/ffff/ffff"), "unterminated");
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]10;rgb:ffff/ffff/ffff" + BEL), "foreground");
    }

    private static BackgroundQuery query(long timeoutMillis) {
        return new BackgroundQuery(Duration.ofMillis(timeoutMillis));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
