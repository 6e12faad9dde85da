/**
 * The full-screen runtime: the only package that imports Lanterna.
 *
 * <p>This is the viewer's runtime: it drives {@code viewer.Update.apply} and {@code viewer.View.render}
 * itself (key → message → new state and effects → frame → screen) and performs the effects with
 * the ports of the packages that do the work ({@code open.Opener}, {@code open.EditorCommand}).
 * The CLI only wires: it calls {@link dev.folio.tui.TuiLauncher#run} with the first document as a
 * {@link dev.folio.tui.Start} and {@link dev.folio.tui.TuiServices} (document loader, opener,
 * editor, theme), and falls back to printing on {@link dev.folio.tui.NoTerminalException}.
 *
 * <p>Threads: the caller's thread owns the viewer state and is the only one that updates it and
 * paints; an input thread polls the tty and posts messages; one worker performs loads and
 * external opens and posts their outcome; a signal thread posts resizes. Everything meets in one
 * queue. Painting, input polling, suspending and restoring are serialised by the terminal session.
 *
 * <p>Everything written to the terminal is either folio's own control sequence (cursor
 * movement, SGR, private modes, OSC 52) or text that went through {@code Sanitizer}.
 */
package dev.folio.tui;
