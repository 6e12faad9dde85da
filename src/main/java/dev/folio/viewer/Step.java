package dev.folio.viewer;

import java.util.List;

/** The result of {@link Update#apply}: the next state and what the runtime must do. */
public record Step(ViewerState state, List<Effect> effects) {
    public Step {
        effects = List.copyOf(effects);
    }

    public static Step of(ViewerState state) {
        return new Step(state, List.of());
    }

    public static Step of(ViewerState state, Effect effect) {
        return new Step(state, List.of(effect));
    }

    /** The same effects after another state. */
    public Step withState(ViewerState next) {
        return next == state ? this : new Step(next, effects);
    }
}
