package dev.folio.cli;

import dev.folio.theme.ColorDepth;

/**
 * How the document will be shown, decided from the options and the environment.
 *
 * @param viewer     whether to open the full-screen viewer (else print)
 * @param width      columns to lay the document out in when printing
 * @param color      colour depth ({@link ColorDepth#NONE}: no escape sequences; {@link ColorDepth#MONOCHROME}:
 *                   styles without colour, for NO_COLOR)
 * @param hyperlinks whether printed links become OSC 8 hyperlinks
 */
record Presentation(boolean viewer, int width, ColorDepth color, boolean hyperlinks) {
    /** Width when printing to a terminal is capped here: longer lines are hard to read. */
    static final int MAX_TERMINAL_WIDTH = 100;
    static final int DEFAULT_WIDTH = 80;

    /**
     * @param print  {@code -p} was given
     * @param width  {@code -w}, or null
     */
    static Presentation decide(boolean print, Integer width, When color, When hyperlinks, Environment env) {
        boolean terminal = env.stdoutIsTerminal();
        boolean dumb = "dumb".equals(env.get("TERM"));
        String noColor = env.get("NO_COLOR");
        boolean colorOn = switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && !dumb && (noColor == null || noColor.isEmpty());
        };
        boolean linksOn = switch (hyperlinks) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> colorOn && terminal && !dumb;
        };
        int columns = width != null ? width
                : terminal ? Math.min(env.terminalWidth().orElse(DEFAULT_WIDTH), MAX_TERMINAL_WIDTH)
                : DEFAULT_WIDTH;
        // NO_COLOR forbids colour, not emphasis: at a terminal, bold, underline and reverse stay.
        boolean stylesOn = color == When.AUTO && terminal && !dumb;
        ColorDepth depth = colorOn ? ColorDepth.detect(env::get) : stylesOn ? ColorDepth.MONOCHROME : ColorDepth.NONE;
        return new Presentation(!print && terminal, columns, depth, linksOn);
    }
}
