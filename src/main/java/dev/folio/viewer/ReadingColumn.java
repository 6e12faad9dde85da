package dev.folio.viewer;

/**
 * The reading column changed while reading: narrower, wider, centred or at the left. The
 * choice is part of the state's options, so it holds for every document until folio quits;
 * the page is laid out again at the new width with the same text at the top.
 */
final class ReadingColumn {
    /** Columns added or taken by one key press. */
    static final int STEP = 10;
    /** The narrowest the column gets by key. */
    static final int NARROWEST = 20;

    private ReadingColumn() {}

    static Step narrower(ViewerState s) {
        int now = s.columnWidth();
        if (now <= NARROWEST) {
            return Step.of(s.withStatus(Status.info("as narrow as it gets: " + now + " columns")));
        }
        return widthTo(s, Math.max(NARROWEST, now - STEP));
    }

    static Step wider(ViewerState s) {
        int now = s.columnWidth();
        if (now >= s.width()) {
            return Step.of(s.withStatus(Status.info("as wide as the screen: " + now + " columns")));
        }
        return widthTo(s, Math.min(s.width(), now + STEP));
    }

    static Step toggleCentre(ViewerState s) {
        ViewerOptions.Column next = s.options().column() == ViewerOptions.Column.CENTRED
                ? ViewerOptions.Column.LEFT : ViewerOptions.Column.CENTRED;
        ViewerState moved = s.withOptions(s.options().withColumn(next));
        String where = next == ViewerOptions.Column.CENTRED ? "centred" : "at the left";
        String note = s.columnWidth() >= s.width() ? " (it fills the screen: narrow it with "
                + s.env().keys().firstKey(Action.NARROWER) + ")" : "";
        return Step.of(moved.withStatus(Status.info("reading column " + where + note)));
    }

    private static Step widthTo(ViewerState s, int columns) {
        ViewerState changed = s.withOptions(s.options().withMaxWidth(columns));
        Step step = LongDocuments.resized(changed, s.width(), s.height());
        ViewerState shown = step.state();
        Status said = Status.info("reading column " + shown.columnWidth() + " columns");
        return step.withState(shown.status().kind() == Status.Kind.PROGRESS ? shown : shown.withStatus(said));
    }
}
