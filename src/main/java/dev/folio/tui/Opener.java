package dev.folio.tui;

import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;

/**
 * Opens a target outside folio ({@code Effect.OpenExternal}). Called on the runtime's worker
 * thread. An opener that runs a program needing the terminal (a text browser when there is no
 * desktop) does so inside {@link TerminalHandoff#whileSuspended}, which gives it the tty and
 * takes the screen back afterwards.
 */
@FunctionalInterface
public interface Opener {
    /** One line for the status bar saying what happened. Never throws for a bad target. */
    Msg.OpenResult open(Effect.OpenExternal request, TerminalHandoff terminal);

    /** The opener used until the CLI connects the real one. */
    Opener NONE = (request, terminal) -> new Msg.OpenResult("no opener configured: " + request.target(), true);
}
