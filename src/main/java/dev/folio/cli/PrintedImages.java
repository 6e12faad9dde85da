package dev.folio.cli;

import dev.folio.image.AnsiBlocks;
import dev.folio.image.CellSize;
import dev.folio.image.ImageLimits;
import dev.folio.image.ImageFiles;
import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.theme.ColorDepth;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Images when printing: only when {@code --images} names a way to draw them ({@code auto}
 * keeps the text line, so pipes get text). Half blocks need colour; without it the text line
 * stays.
 */
final class PrintedImages {
    /** Lines assumed for a screen when printing to something that is not a terminal. */
    static final int ASSUMED_SCREEN_ROWS = 48;

    private PrintedImages() {}

    static Optional<DocumentImages> of(String mode, Path base, ColorDepth color, Environment env, int heightPercent) {
        return of(mode, base, color, env, heightPercent, dev.folio.image.RemoteCopies.NONE);
    }

    /** @param remote the copies of the document's remote images, fetched beforehand */
    static Optional<DocumentImages> of(String mode, Path base, ColorDepth color, Environment env, int heightPercent,
                                       dev.folio.image.RemoteCopies remote) {
        if (mode.equals("auto") || mode.equals("off")) {
            return Optional.empty();
        }
        Protocol protocol = Protocol.valueOf(mode.toUpperCase(Locale.ROOT));
        if (protocol == Protocol.BLOCKS && color == ColorDepth.NONE) {
            return Optional.empty();
        }
        int screen = screenRows(env);
        int maxRows = Math.max(1, screen * heightPercent / 100);
        AnsiBlocks.Depth depth = color == ColorDepth.TRUE_COLOR ? AnsiBlocks.Depth.TRUE_COLOR : AnsiBlocks.Depth.XTERM_256;
        return Optional.of(new DocumentImages(new ImageFiles(base, remote), new Images(ImageLimits.DEFAULT, CellSize.ASSUMED, remote),
                maxRows, protocol, depth));
    }

    private static int screenRows(Environment env) {
        String lines = env.get("LINES");
        if (lines != null) {
            try {
                int n = Integer.parseInt(lines.strip());
                if (n > 0 && n < 10_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: assume
            }
        }
        return ASSUMED_SCREEN_ROWS;
    }
}
