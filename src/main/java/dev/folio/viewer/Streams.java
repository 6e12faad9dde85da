package dev.folio.viewer;

/**
 * A document still arriving (stdin from a pipe being written: {@code llm … | folio},
 * {@code tail -f log | folio}). Each {@link Msg.Received} holds everything so far; it is laid out
 * off the thread that owns the state and shown as it is (an unclosed fence or table as far as it
 * goes), with {@code receiving…} in the status line until the writer closes the stream. A reader at
 * the end follows it, like {@code less +F}: moving up stops that, {@code G} takes it up again.
 */
final class Streams {
    static final String RECEIVING = "receiving…";

    private Streams() {}

    static Step received(ViewerState s, Msg.Received msg) {
        if (s.source() == null) {
            // The first news of the stream: shown like any document, and followed (like less +F).
            Step shown = Following.loaded(s, new Msg.Loaded(msg.source(), msg.document(), "", Effect.Load.Reason.FOLLOW));
            ViewerState first = EndFollowing.grown(shown.state().withFollowingEnd(!msg.ended()));
            first = msg.ended() ? first : first.withStatus(Status.progress(RECEIVING));
            return new Step(first, shown.effects());
        }
        if (!s.source().equals(msg.source())) {
            return Step.of(s); // the reader followed a link meanwhile
        }
        ViewerState longer = s.withDocument(s.source(), msg.document(), s.page()).withTop(s.top()).withFocus(s.focus());
        if (msg.ended()) {
            longer = longer.withStatus(receiving(s) || s.status().isEmpty() ? Status.NONE : s.status());
        } else if (s.status().isEmpty() || receiving(s) || s.status().kind() == Status.Kind.PROGRESS) {
            longer = longer.withStatus(Status.progress(RECEIVING)); // a message the reader has not read yet stays
        }
        return Step.of(longer, LongDocuments.layout(longer, 100));
    }

    /** Whether the document on screen is a stream still being written. */
    static boolean receiving(ViewerState s) {
        return s.status().kind() == Status.Kind.PROGRESS && s.status().text().equals(RECEIVING);
    }
}
