package dev.folio.tui;

/**
 * Turning the terminal's mouse reporting on and off while folio runs (the viewer's mouse key):
 * mode 1000 is the click and wheel reporting the session starts with; with it off, the
 * terminal's own selection and copy work.
 */
final class MouseReporting {
    private MouseReporting() {}

    static String sequence(boolean captured) {
        return captured ? "\u001b[?1000h" : "\u001b[?1000l";
    }
}
