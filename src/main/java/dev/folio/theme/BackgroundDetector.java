package dev.folio.theme;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Decides whether the terminal's background is dark or light, for {@code --theme=auto}: the
 * terminal's own answer ({@link BackgroundQuery}) when output goes to a terminal that can be
 * asked, else {@code COLORFGBG}, else dark (the more common, and a dark theme on a light
 * background stays readable more often than the reverse).
 */
public final class BackgroundDetector {
    private BackgroundDetector() {}

    /**
     * @param env              environment variables
     * @param stdoutIsTerminal whether output goes to a terminal; when not, or when {@code TERM}
     *                         is {@code dumb} or unset, the terminal is not asked
     * @param askTerminal      asks the terminal (OSC 11); empty when it does not answer in time
     */
    public static Background detect(UnaryOperator<String> env, boolean stdoutIsTerminal,
                                    Supplier<Optional<Background>> askTerminal) {
        String term = env.apply("TERM");
        boolean askable = stdoutIsTerminal && term != null && !term.isBlank() && !term.equals("dumb");
        Optional<Background> answered = askable ? askTerminal.get() : Optional.empty();
        return answered.or(() -> Background.fromColorFgBg(env.apply("COLORFGBG"))).orElse(Background.DARK);
    }
}
