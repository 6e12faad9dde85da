package dev.folio.tui;

import dev.folio.viewer.Effect;

import java.util.List;

/** A new state and the effects the runtime performs for it, in order. */
public record Step<S>(S state, List<Effect> effects) {
    public Step {
        effects = List.copyOf(effects);
    }

    public static <S> Step<S> of(S state, Effect... effects) {
        return new Step<>(state, List.of(effects));
    }
}
