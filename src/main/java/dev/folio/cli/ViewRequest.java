package dev.folio.cli;

import dev.folio.input.InputReader;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Theme;
import dev.folio.viewer.Source;

/**
 * What the full-screen viewer is asked to show.
 *
 * @param source where the document came from (its name, and the directory its links resolve against)
 * @param text   the decoded document
 * @param reader reads further documents (followed links, reloads) with the same size limit and encoding
 * @param theme  roles and highlights to styles
 * @param debug  {@code --debug} was given
 * @param opener {@code --opener} or {@code FOLIO_OPENER}, or null for the system's
 * @param maxWidth the widest the reading column may be
 * @param centred  whether the reading column is centred
 * @param color    the colours the terminal shows ({@link ColorDepth#NONE}: bold, underline and reverse only)
 */
public record ViewRequest(Source source, String text, InputReader reader, Theme theme, boolean debug,
                          String opener, int maxWidth, boolean centred, ColorDepth color) {}
