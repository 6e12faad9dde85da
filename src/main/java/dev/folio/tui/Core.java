package dev.folio.tui;

import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Step;
import dev.folio.viewer.Update;
import dev.folio.viewer.View;
import dev.folio.viewer.ViewerState;

/**
 * The viewer core as the runtime calls it: {@link Update#apply} and {@link View#render}. An
 * interface only so that runtime tests can wrap the real core (one that fails on purpose, one that
 * shows on its status row what the terminal delivered).
 */
interface Core {
    Step apply(ViewerState state, Msg msg);

    Frame render(ViewerState state);

    /** The real viewer. */
    Core VIEWER = new Core() {
        @Override
        public Step apply(ViewerState state, Msg msg) {
            return Update.apply(state, msg);
        }

        @Override
        public Frame render(ViewerState state) {
            return View.render(state);
        }
    };
}
