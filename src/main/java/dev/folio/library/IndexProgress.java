package dev.folio.library;

/** Told how far an index update has come; called on the thread doing the work. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} documents looked at. */
    void progress(int done, int total);

    /**
     * Whether the update should stop now (asked between documents). What was read so far is
     * kept, so the next update goes on from there.
     */
    default boolean cancelled() {
        return false;
    }
}
