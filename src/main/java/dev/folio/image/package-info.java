/**
 * Images for the terminal: read an image's size from its header, decode it within limits,
 * scale it to a box of terminal cells, and encode it as Unicode half blocks or as the escape
 * sequences of a graphics protocol (kitty, iTerm2, sixel).
 *
 * <p>The only package that imports ImageIO, java.awt and the SVG renderer. What leaves it is
 * plain values: sizes in cells, {@link dev.folio.image.Pixels}, {@link dev.folio.image.CellGrid}
 * and strings of escapes that this package wrote itself. Nothing of a file reaches the terminal
 * except pixels re-encoded here.
 */
package dev.folio.image;
