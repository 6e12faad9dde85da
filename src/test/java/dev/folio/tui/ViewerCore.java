package dev.folio.tui;

import dev.folio.viewer.Effect;
import dev.folio.viewer.Environment;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Update;
import dev.folio.viewer.View;
import dev.folio.viewer.ViewerOptions;
import dev.folio.viewer.ViewerState;
import java.nio.file.Path;
import java.util.Optional;

/** The real viewer core as the runtime drives it (the CLI's ViewerProgram, less its options). */
final class ViewerCore implements Program<ViewerState> {
    @Override
    public Step<ViewerState> init(Start start, int columns, int rows) {
        ViewerState empty = ViewerState.initial(Environment.standard(), ViewerOptions.defaults(), columns, rows);
        return update(empty, new Msg.Loaded(start.source(), start.document(), "", Effect.Load.Reason.FOLLOW));
    }

    @Override
    public Step<ViewerState> update(ViewerState state, Msg msg) {
        dev.folio.viewer.Step step = Update.apply(state, msg);
        return new Step<>(step.state(), step.effects());
    }

    @Override
    public Frame view(ViewerState state) {
        return View.render(state);
    }

    @Override
    public Optional<Path> watched(ViewerState state) {
        return state.source() == null ? Optional.empty() : Optional.ofNullable(state.source().path());
    }
}
