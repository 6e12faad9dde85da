package dev.folio.tui;

import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;

/**
 * Opens the document in the user's editor ({@code Effect.Edit}). Called on the runtime's worker
 * thread; the editor draws in folio's own terminal, so it runs inside
 * {@link TerminalHandoff#whileSuspended}, and the program redraws everything afterwards.
 */
@FunctionalInterface
public interface Editor {
    /** Runs the editor and waits for it. One line for the status bar; never throws. */
    Msg.Edited edit(Effect.Edit request, TerminalHandoff terminal);

    /** The editor used until the CLI connects the real one. */
    Editor NONE = (request, terminal) -> new Msg.Edited(request.path(), "no editor configured", true);
}
