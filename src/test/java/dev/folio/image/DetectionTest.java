package dev.folio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectionTest {
    private static Protocol detect(Map<String, String> env, String da) {
        return ProtocolDetection.detect(env, da, false);
    }

    @Test
    void terminalsAreKnownByTheirEnvironment() {
        assertEquals(Protocol.KITTY, detect(Map.of("TERM", "xterm-kitty"), ""));
        assertEquals(Protocol.KITTY, detect(Map.of("TERM", "xterm-256color", "KITTY_WINDOW_ID", "1"), ""));
        assertEquals(Protocol.KITTY, detect(Map.of("TERM_PROGRAM", "ghostty"), ""));
        assertEquals(Protocol.ITERM, detect(Map.of("TERM_PROGRAM", "iTerm.app"), ""));
        assertEquals(Protocol.ITERM, detect(Map.of("TERM_PROGRAM", "WezTerm"), ""));
        assertEquals(Protocol.ITERM, detect(Map.of("TERM_PROGRAM", "mintty"), ""));
        assertEquals(Protocol.BLOCKS, detect(Map.of("TERM", "xterm-256color"), "\u001b[?62;22c"));
    }

    @Test
    void sixelComesFromTheDeviceAttributes() {
        assertEquals(Protocol.SIXEL, detect(Map.of("TERM", "foot"), "\u001b[?62;4;22c"));
        assertTrue(ProtocolDetection.hasSixel("\u001b[?63;1;2;4;6;9;15;22c"));
        assertFalse(ProtocolDetection.hasSixel("\u001b[?4;22c"), "the first parameter is the class, not a feature");
        assertFalse(ProtocolDetection.hasSixel("\u001b[?62;14c"));
    }

    @Test
    void tmuxGetsHalfBlocksUnlessKittyCanPassThrough() {
        Map<String, String> tmux = Map.of("TERM", "tmux-256color", "TMUX", "/tmp/tmux-0/default,1,0", "TERM_PROGRAM", "tmux");
        assertEquals(Protocol.BLOCKS, ProtocolDetection.detect(tmux, "\u001b[?62;4;22c", true));
        Map<String, String> kittyTmux = Map.of("TERM", "tmux-256color", "TMUX", "/tmp/x,1,0", "KITTY_WINDOW_ID", "3");
        assertEquals(Protocol.BLOCKS, ProtocolDetection.detect(kittyTmux, "", false));
        assertEquals(Protocol.KITTY, ProtocolDetection.detect(kittyTmux, "", true));
        // Only kitty inside tmux needs tmux's answer: asking is a process at every start.
        assertEquals(Protocol.BLOCKS, ProtocolDetection.detect(tmux, "\u001b[?62;4;22c", () -> {
            throw new AssertionError("tmux was asked, but its answer cannot change the protocol");
        }));
    }

    @Test
    void theTerminalsAnswersGiveTheCellSize() {
        TerminalReport r = TerminalReport.parse("\u001b[6;20;10t\u001b[4;480;800t\u001b[?62;4c");
        assertEquals(new CellSize(10, 20), r.cellSize(80, 24));
        assertEquals("\u001b[?62;4c", r.deviceAttributes());
        TerminalReport window = TerminalReport.parse("\u001b[4;600;900t\u001b[?62c");
        assertEquals(new CellSize(9, 25), window.cellSize(100, 24));
        assertEquals(CellSize.ASSUMED, TerminalReport.parse("\u001b[?1;2c").cellSize(80, 24));
        assertTrue(TerminalReport.isComplete("x\u001b[?1;2c"));
        assertFalse(TerminalReport.isComplete("\u001b[6;20;10t"));
    }

    @Test
    void theKernelsWindowPixelsGiveTheCellSizeWhenTheTerminalAnswersNeitherQuestion() {
        TerminalReport silent = TerminalReport.parse("\u001b[?62;22c");
        assertEquals(CellSize.ASSUMED, silent.cellSize(100, 30));
        assertEquals(new CellSize(9, 18), silent.withWindowPixels(900, 540).cellSize(100, 30), "TIOCGWINSZ's ws_xpixel, ws_ypixel");
        assertEquals(CellSize.ASSUMED, silent.withWindowPixels(0, 0).cellSize(100, 30), "many terminals leave them 0");
        TerminalReport told = TerminalReport.parse("\u001b[6;20;10t\u001b[?62c");
        assertEquals(new CellSize(10, 20), told.withWindowPixels(900, 540).cellSize(100, 30), "CSI 16 t comes first");
    }
}
