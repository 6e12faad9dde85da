package dev.folio.tui;

/**
 * folio's own bytes written around Lanterna's refresh of a frame: graphics protocol pictures,
 * which Lanterna knows nothing of. Lanterna only sees their boxes as blank cells; what covers
 * those cells is erased before the refresh (so the refresh's text lands on a clean screen)
 * and drawn after it (so no text Lanterna writes covers a picture).
 */
interface Overdraw {
    /** Nothing of folio's own. */
    Overdraw NONE = new Overdraw() {
        @Override
        public String beforeRefresh(boolean cleared) {
            return "";
        }

        @Override
        public String afterRefresh(boolean cleared) {
            return "";
        }
    };

    /**
     * Written after the frame is in Lanterna's back buffer, before the refresh.
     *
     * @param cleared whether this refresh clears the whole screen (complete, or after a resize)
     */
    String beforeRefresh(boolean cleared);

    /** Written after the refresh, before the flush. */
    String afterRefresh(boolean cleared);
}
