package dev.folio.cli;

import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.input.GrowingInput;
import dev.folio.input.InputException;
import dev.folio.input.InputReader;
import dev.folio.markdown.MarkdownParser;
import dev.folio.viewer.Msg;
import java.util.function.Consumer;

/**
 * Feeds the viewer a stream still being written: the document so far, then all of it again each
 * time more has arrived ({@link Msg.Received}), until the writer closes it.
 * Each new part is parsed with what came before, so an unclosed fence or table is drawn as far
 * as it goes. Parsing is paced by its own cost (at most half the time), so a fast writer of a
 * long stream never keeps a core busy.
 */
final class StreamFollower {
    /** The least time between two posts: a writer's bursts are shown together. */
    static final long MIN_INTERVAL_MILLIS = 50;

    private StreamFollower() {}

    /**
     * How long to wait before looking again, after work that began at {@code began} (nanos): as
     * long as the work took (so it takes at most half a core), and at least {@link #MIN_INTERVAL_MILLIS}.
     * The first round (loading the parser's classes) does not count.
     */
    static long pause(long began, int knownBefore) {
        long spent = (System.nanoTime() - began) / 1_000_000;
        return knownBefore < 0 ? MIN_INTERVAL_MILLIS : Math.max(MIN_INTERVAL_MILLIS, spent);
    }

    static void follow(GrowingInput input, InputReader reader, MarkdownParser parser, Source source, Consumer<Msg> post)
            throws InterruptedException {
        int known = -1;
        Document last = Document.empty();
        while (true) {
            GrowingInput.Snapshot snapshot = input.awaitMore(known);
            byte[] whole = snapshot.whole();
            long began = System.nanoTime();
            Document document;
            try {
                document = parser.parse(reader.decode(whole, source.name()).text());
            } catch (InputException e) {
                post.accept(new Msg.Received(source, last, true)); // what was shown stays, no longer arriving
                post.accept(new Msg.LoadFailed(source.name(), e.getMessage()));
                return;
            }
            post.accept(new Msg.Received(source, document, snapshot.ended()));
            last = document;
            if (snapshot.failure() != null) {
                post.accept(new Msg.LoadFailed(source.name(), snapshot.failure().getMessage()));
            }
            if (snapshot.ended()) {
                return;
            }
            long pause = pause(began, known);
            known = whole.length;
            Thread.sleep(pause);
        }
    }
}
