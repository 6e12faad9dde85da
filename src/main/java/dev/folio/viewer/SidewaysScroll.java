package dev.folio.viewer;

import dev.folio.layout.WideBlock;

/**
 * {@code h} {@code l} {@code ←} {@code →}: a code block wider than the column scrolls sideways,
 * like {@code less -S}, half its width a key. The block is the one holding the current match,
 * when that is on screen, else the topmost wide block on screen.
 */
final class SidewaysScroll {
    static final String NOTHING = "nothing here is wider than the column";

    private SidewaysScroll() {}

    /** Scrolls right ({@code direction} +1) or left (-1). */
    static Step scroll(ViewerState s, int direction) {
        WideBlock block = target(s);
        if (block == null) {
            return Step.of(s.withStatus(Status.info(NOTHING)));
        }
        int step = Math.max(1, block.room() / 2);
        int now = s.sideways().offset(block);
        return Step.of(s.withSideways(s.sideways().with(block, now + direction * step)));
    }

    /** The block the keys scroll, or null when no wide block is on screen. */
    static WideBlock target(ViewerState s) {
        if (s.page().wide().isEmpty()) {
            return null;
        }
        Search search = s.search();
        if (search.shown() && search.current() >= 0 && search.current() < search.matches().size()) {
            int line = search.matches().get(search.current()).line();
            WideBlock holding = s.page().wideAt(line);
            if (holding != null && s.isVisible(line)) {
                return holding;
            }
        }
        int bottom = Math.min(s.page().size(), s.top() + s.pageRows());
        for (WideBlock b : s.page().wide()) {
            if (b.lastLine() >= s.top() && b.firstLine() < bottom) {
                return b;
            }
            if (b.firstLine() >= bottom) {
                break;
            }
        }
        return null;
    }

    /** Scrolls the block holding {@code match} so that the match is in view (search moved to it). */
    static ViewerState reveal(ViewerState s, Match match) {
        Match.Part p = match.parts().get(0);
        WideBlock block = s.page().wideAt(p.line());
        if (block == null) {
            return s;
        }
        int start = p.column() - block.part(p.line()).column();
        int offset = s.sideways().offset(block);
        if (start >= offset && start + p.width() <= offset + block.room()) {
            return s;
        }
        // Put the match a quarter of the way in, so what comes before it shows too.
        return s.withSideways(s.sideways().with(block, start - block.room() / 4));
    }
}
