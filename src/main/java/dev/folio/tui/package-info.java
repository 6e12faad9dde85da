/**
 * The full-screen runtime: the only package that imports Lanterna.
 *
 * <p>The CLI calls {@link dev.folio.tui.TuiLauncher#run} with a {@link dev.folio.tui.Program} (the
 * pure viewer core, adapted), the first document as a {@link dev.folio.tui.Start}, and
 * {@link dev.folio.tui.TuiServices} (document loader, {@link dev.folio.tui.Opener}, theme). It
 * falls back to printing on {@link dev.folio.tui.NoTerminalException}; it decides beforehand,
 * with {@link dev.folio.tui.TerminalProbe}, whether stdout is a terminal at all.
 *
 * <p>Threads: the caller's thread owns the program state and is the only one that updates it and
 * paints; an input thread polls the tty and posts messages; one worker performs loads and
 * external opens and posts their outcome; a signal thread posts resizes. Everything meets in one
 * queue. Painting, input polling, suspending and restoring are serialised by the terminal session.
 *
 * <p>Everything written to the terminal is either folio's own control sequence (cursor
 * movement, SGR, private modes, OSC 52) or text that went through {@code Sanitizer}.
 */
package dev.folio.tui;
