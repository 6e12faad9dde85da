package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Source;
import dev.folio.viewer.ViewerOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A rehearsal shows the program on a virtual screen, types its keys, paints, and ends by itself. */
class RehearsalTest {
    @Test
    @Timeout(30)
    void theProgramGetsKeysAndIsPaintedThenTheRunEnds() throws Exception {
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger frames = new AtomicInteger();
        LinesProgram lines = new LinesProgram(List.of("one", "two", "three"), "/nonexistent.md");
        Program<LinesProgram.State> counting = new Program<>() {
            @Override
            public Step<LinesProgram.State> init(Start start, int columns, int rows) {
                return lines.init(start, columns, rows);
            }

            @Override
            public Step<LinesProgram.State> update(LinesProgram.State state, Msg msg) {
                if (msg instanceof Msg.KeyPressed key && key.key().ch() != 'q') {
                    keys.incrementAndGet();
                }
                return lines.update(state, msg instanceof Msg.KeyPressed key && key.key().ch() == 'q'
                        ? new Msg.Resumed() : msg); // the rehearsal must end without a quit key
            }

            @Override
            public Frame view(LinesProgram.State state) {
                frames.incrementAndGet();
                return lines.view(state);
            }
        };
        Rehearsal.run(counting, new Start(Source.stream("test", Path.of(".")), Document.empty(), ViewerOptions.defaults()),
                TuiServices.defaults());
        assertTrue(keys.get() >= 10, "keys: " + keys.get());
        assertTrue(frames.get() >= 2, "frames: " + frames.get());
    }
}
