package dev.folio.print;

/** OSC 8 hyperlink sequences, terminated with ST ({@code ESC \}). */
final class Osc8 {
    private static final String OSC = "\u001b]8;";
    private static final String ST = "\u001b\\";

    private Osc8() {}

    /**
     * Opens a hyperlink. {@code uri} must come from {@link LinkTargets} (printable ASCII only);
     * {@code id} groups the parts of a link wrapped over several lines.
     */
    static String open(String uri, int id) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new IllegalArgumentException("hyperlink target not encoded");
            }
        }
        return OSC + "id=folio-" + id + ";" + uri + ST;
    }

    static String close() {
        return OSC + ";" + ST;
    }
}
