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

/**
 * OSC 11 against terminals that answer, answer late, answer only in part, or never answer. The
 * terminal runs on a virtual clock ({@link VirtualTerminal}): waits are asserted exactly, and no
 * result depends on how busy the machine is.
 */
class BackgroundQueryTest {
    private static final String DA1 = "\u001b[?64;1;2;6;22c";
    private static final String BEL = "\u0007";
    private static final String ST = "\u001b\\";
    /** How often the query looks for an answer: a wait ends at most this late. */
    private static final long POLL_MILLIS = 2;

    @Test
    void aDarkTerminalIsDark() throws IOException {
        VirtualTerminal t = new VirtualTerminal("\u001b]11;rgb:1c1c/1c1c/1c1c" + BEL + DA1, 5);
        assertEquals(Optional.of(Background.DARK), query(150, t).ask(t.in(), t.out()));
        assertEquals("\u001b]11;?\u0007\u001b[c", t.asked());
        assertEquals(0, t.unread(), "every byte of the answers is read");
    }

    @Test
    void aLightTerminalIsLight() throws IOException {
        VirtualTerminal t = new VirtualTerminal("\u001b]11;rgb:ffff/ffff/ffff" + ST + DA1, 5);
        assertEquals(Optional.of(Background.LIGHT), query(150, t).ask(t.in(), t.out()));
        assertEquals(0, t.unread());
    }

    @ParameterizedTest
    @CsvSource({"rgb:fdfd/f6f6/e3e3, fdf6e3", "rgb:fd/f6/e3, fdf6e3", "rgb:f/0/8, ff0088", "rgba:0000/2b2b/3636/ffff, 002b36",
        "rgb:000/800/fff, 0080ff"})
    void everyColourFormTerminalsUseIsRead(String colour, String rgb) throws IOException {
        VirtualTerminal t = new VirtualTerminal("\u001b]11;" + colour + BEL + DA1, 0);
        assertEquals(OptionalInt.of(Integer.parseInt(rgb, 16)), query(150, t).askColour(t.in(), t.out()));
    }

    @Test
    void aTerminalWithoutOsc11CostsNoWait() throws IOException {
        VirtualTerminal t = new VirtualTerminal(DA1, 5);
        assertEquals(Optional.empty(), query(3000, t).ask(t.in(), t.out()));
        assertTrue(t.millisWaited() <= 5 + POLL_MILLIS, "the device attributes answer ends the wait: "
                + t.millisWaited() + " ms");
        assertEquals(0, t.unread());
    }

    @Test
    void aTerminalThatNeverAnswersCostsTheTimeoutAndNoMore() throws IOException {
        VirtualTerminal t = new VirtualTerminal(null, 0);
        assertEquals(Optional.empty(), query(120, t).ask(t.in(), t.out()));
        long took = t.millisWaited();
        assertTrue(took >= 120 && took <= 120 + POLL_MILLIS, took + " ms");
    }

    @Test
    void aLateAnswerIsNotWaitedFor() throws IOException {
        VirtualTerminal t = new VirtualTerminal("\u001b]11;rgb:ffff/ffff/ffff" + BEL + DA1, 1500);
        assertEquals(Optional.empty(), query(120, t).ask(t.in(), t.out()));
        assertTrue(t.millisWaited() <= 120 + POLL_MILLIS, t.millisWaited() + " ms");
    }

    @Test
    void anOsc11AnswerWithoutDeviceAttributesStillCounts() throws IOException {
        VirtualTerminal t = new VirtualTerminal("\u001b]11;rgb:0000/0000/0000" + BEL, 5);
        assertEquals(Optional.of(Background.DARK), query(120, t).ask(t.in(), t.out()));
        assertTrue(t.millisWaited() >= 120 && t.millisWaited() <= 120 + POLL_MILLIS,
                "without the second answer the query waits out its timeout: " + t.millisWaited() + " ms");
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
        VirtualTerminal clock = new VirtualTerminal(null, 0);
        assertEquals(Optional.empty(), query(5000, clock).ask(endless, java.io.OutputStream.nullOutputStream()));
        assertEquals(0, clock.millisWaited(), "it stops at the longest answer, without waiting");
    }

    @Test
    void answersThatAreNotColoursGiveNothing() {
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]11;rgb:zz/00/00" + BEL));
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]11;rgb:ffff/ffff" + BEL));
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]11;rgb:ffff/ffff/ffff"), "unterminated");
        assertEquals(OptionalInt.empty(), BackgroundQuery.parse("\u001b]10;rgb:ffff/ffff/ffff" + BEL), "foreground");
    }

    private static BackgroundQuery query(long timeoutMillis, VirtualTerminal terminal) {
        return new BackgroundQuery(Duration.ofMillis(timeoutMillis), terminal);
    }
}
