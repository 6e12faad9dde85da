package dev.folio.cli;

import dev.folio.tui.Program;
import dev.folio.tui.Start;
import dev.folio.tui.Step;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Environment;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Update;
import dev.folio.viewer.View;
import dev.folio.viewer.ViewerState;
import java.nio.file.Path;
import java.util.Optional;

/** The pure viewer core ({@link Update}, {@link View}) in the shape the terminal runtime drives. */
final class ViewerProgram implements Program<ViewerState> {
    private final Environment environment;
    private final boolean watch;

    /** @param watch whether the runtime should watch the document's file and reload it on change */
    ViewerProgram(Environment environment, boolean watch) {
        this.environment = environment;
        this.watch = watch;
    }

    @Override
    public Step<ViewerState> init(Start start, int columns, int rows) {
        ViewerState empty = ViewerState.initial(environment, start.options(), columns, rows);
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
        return watch && state.source() != null ? Optional.ofNullable(state.source().path()) : Optional.empty();
    }
}
