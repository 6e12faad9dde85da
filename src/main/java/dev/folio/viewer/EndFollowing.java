package dev.folio.viewer;

/**
 * Staying at the end of a document that grows (like {@code less +F}): {@code G} during a
 * background load, or the reader at the end of a stream still being written, keeps the last
 * page on screen as more arrives; moving up, or anywhere that is not the end, stops it.
 */
final class EndFollowing {
    private EndFollowing() {}

    /** After a move from {@code before} to {@code after}: still following only while at the end. */
    static ViewerState afterMove(ViewerState before, ViewerState after, boolean toEnd) {
        if (toEnd) {
            return after.withFollowingEnd(true);
        }
        boolean stays = before.followingEnd() && after.top() >= before.top() && after.top() == after.maxTop();
        return after.followingEnd() == stays ? after : after.withFollowingEnd(stays);
    }

    /** A longer page is shown: the end stays on screen if it is followed. */
    static ViewerState grown(ViewerState s) {
        return s.followingEnd() ? s.withTop(s.maxTop()) : s;
    }
}
