package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Source;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Step;
import dev.folio.viewer.ViewerOptions;
import dev.folio.viewer.ViewerState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A rehearsal shows the viewer on a virtual screen, types its keys, paints, and ends by itself. */
class RehearsalTest {
    @Test
    @Timeout(30)
    void theViewerGetsKeysAndIsPaintedThenTheRunEnds() throws Exception {
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger frames = new AtomicInteger();
        Core counting = new Core() {
            @Override
            public Step apply(ViewerState state, Msg msg) {
                if (msg instanceof Msg.KeyPressed) {
                    keys.incrementAndGet();
                }
                return Core.VIEWER.apply(state, msg);
            }

            @Override
            public Frame render(ViewerState state) {
                frames.incrementAndGet();
                return Core.VIEWER.render(state);
            }
        };
        Rehearsal.run(counting, new Start(Source.stream("test", Path.of(".")),
                ProbeCore.lines(List.of("# one", "two", "three")), ViewerOptions.defaults()), TestServices.standard());
        assertTrue(keys.get() >= 10, "keys: " + keys.get());
        assertTrue(frames.get() >= 2, "frames: " + frames.get());
    }
}
