package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FetchProgressLineTest {
    long now = 1_000;
    final StringWriter err = new StringWriter();
    final FetchProgressLine line = new FetchProgressLine(new PrintWriter(err), "https://example.org/a.md", () -> now);

    @Test
    void aQuickFetchShowsNothingAtAll() {
        line.update(500, 2048);
        now += 299;
        line.update(2048, 2048);
        line.clear();
        assertEquals("", err.toString());
    }

    @Test
    void aSlowFetchShowsBytesAndPerCentThenErasesTheLine() {
        now += 300;
        line.update(1024, 2048);
        assertEquals("\r\u001b[Kfetching https://example.org/a.md… 1 KiB of 2 KiB (50%)", err.toString());
        line.clear();
        assertTrue(err.toString().endsWith("\r\u001b[K"));
    }

    @Test
    void withoutALengthOnlyTheBytesAndRedrawnAtMostEveryTenthOfASecond() {
        now += 400;
        line.update(10, -1);
        line.update(20, -1);
        now += 100;
        line.update(30, -1);
        String shown = err.toString();
        assertEquals(2, shown.split("\r\u001b\\[K", -1).length - 1, shown);
        assertTrue(shown.endsWith("fetching https://example.org/a.md… 30 bytes"), shown);
    }

    @Test
    void anAddressCannotWriteEscapesToTheTerminal() {
        FetchProgressLine hostile = new FetchProgressLine(new PrintWriter(err), "https://x.org/\u001b[2Ja.md", () -> now);
        now += 500;
        hostile.update(1, -1);
        assertTrue(!err.toString().contains("\u001b[2J"), err.toString());
    }
}
