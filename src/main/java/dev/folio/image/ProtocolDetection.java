package dev.folio.image;

import java.util.Map;

/**
 * Picks the best way to show images in the terminal folio runs in, from its environment and
 * (for sixel) its answer to the primary device attributes query ({@code CSI c}): parameter 4
 * means sixel. Pure, so every rule is a unit test.
 *
 * <p>Inside tmux only the kitty protocol survives (through Unicode placeholders, when the
 * outer terminal is kitty and tmux passes sequences through); iTerm2 and sixel images would be
 * erased or misplaced by tmux's own redrawing, so tmux gets half blocks otherwise.
 */
public final class ProtocolDetection {
    private ProtocolDetection() {}

    /**
     * @param env               the environment ({@code TERM}, {@code TERM_PROGRAM}, {@code TMUX}, …)
     * @param deviceAttributes  the terminal's answer to {@code CSI c} (e.g. {@code "\e[?62;4;22c"}), or "" if none
     * @param tmuxPassthrough   whether tmux's {@code allow-passthrough} is on (ignored outside tmux)
     */
    public static Protocol detect(Map<String, String> env, String deviceAttributes, boolean tmuxPassthrough) {
        return detect(env, deviceAttributes, () -> tmuxPassthrough);
    }

    /**
     * As {@link #detect(Map, String, boolean)}, asking whether tmux passes graphics through only
     * when the answer matters (kitty outside tmux): asking tmux is a process, at every start.
     */
    public static Protocol detect(Map<String, String> env, String deviceAttributes, java.util.function.BooleanSupplier tmuxPassthrough) {
        String term = env.getOrDefault("TERM", "");
        String program = env.getOrDefault("TERM_PROGRAM", "");
        boolean inTmux = !env.getOrDefault("TMUX", "").isEmpty() || term.startsWith("tmux") || program.equals("tmux");
        boolean kitty = !env.getOrDefault("KITTY_WINDOW_ID", "").isEmpty() || term.equals("xterm-kitty")
                || term.equals("xterm-ghostty") || program.equalsIgnoreCase("ghostty")
                || !env.getOrDefault("GHOSTTY_RESOURCES_DIR", "").isEmpty();
        if (inTmux) {
            return kitty && tmuxPassthrough.getAsBoolean() ? Protocol.KITTY : Protocol.BLOCKS;
        }
        if (term.equals("dumb") || term.equals("linux")) {
            return Protocol.BLOCKS;
        }
        if (kitty) {
            return Protocol.KITTY;
        }
        if (program.equals("iTerm.app") || program.equals("WezTerm") || program.equals("mintty")
                || env.getOrDefault("LC_TERMINAL", "").equals("iTerm2")) {
            return Protocol.ITERM;
        }
        if (hasSixel(deviceAttributes)) {
            return Protocol.SIXEL;
        }
        return Protocol.BLOCKS;
    }

    /** Whether a primary device attributes answer ({@code CSI ? 6x ; … c}) lists 4, sixel graphics. */
    public static boolean hasSixel(String answer) {
        int start = answer.indexOf("[?");
        int end = answer.indexOf('c', Math.max(0, start));
        if (start < 0 || end < 0) {
            return false;
        }
        String[] params = answer.substring(start + 2, end).split(";");
        for (int i = 1; i < params.length; i++) {     // the first is the terminal's class
            if (params[i].equals("4")) {
                return true;
            }
        }
        return false;
    }
}
