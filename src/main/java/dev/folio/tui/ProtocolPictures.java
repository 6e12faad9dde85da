package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.folio.image.Box;
import dev.folio.image.Iterm;
import dev.folio.image.Kitty;
import dev.folio.image.Pixels;
import dev.folio.image.Protocol;
import dev.folio.image.Sixel;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pictures drawn with a graphics protocol (kitty, iTerm2, sixel) over the blank boxes Lanterna
 * painted for them. Each frame says which parts of which pictures it wants ({@link #want}); the
 * bytes that get the terminal there are written around Lanterna's refresh ({@link Overdraw}):
 *
 * <ul>
 *   <li>before it, what is drawn but no longer wanted where it is goes: kitty placements are
 *       deleted, sixel and iTerm2 pictures (which live in the cells) are erased, so the text
 *       Lanterna then writes is never hidden under an old picture;</li>
 *   <li>after it, what is wanted and not yet drawn there is drawn: kitty places the picture it
 *       was sent once (only the rows on screen, through a source rectangle), sixel and iTerm2
 *       draw the rows on screen.</li>
 * </ul>
 *
 * Nothing is written while nothing moves. Inside tmux, kitty pictures are Unicode placeholder
 * cells instead, text Lanterna writes and tmux moves and clears like any other; only the
 * picture's data goes around Lanterna, once. {@link #clearAll} takes every picture away (quit,
 * suspend). Used by the UI thread only.
 */
final class ProtocolPictures implements Overdraw {
    private static final String SAVE = "\u001b7\u001b[0m";
    private static final String RESTORE = "\u001b8";

    /** Where a part of a picture is on screen: its top-left cell, its size, its rows shown. */
    record Placement(int row, int column, int columns, int rows, int firstRow, int boxRows) {}

    private record Key(Path file, int columns, int boxRows) {}

    private record Wanted(Placement placement, Pixels pixels) {}

    private final Protocol protocol;
    private final boolean placeholders;
    private final Map<Key, Integer> ids = new HashMap<>();
    private final Set<Integer> sent = new LinkedHashSet<>();
    private final Map<Integer, Placement> drawn = new LinkedHashMap<>();
    private Map<Integer, Wanted> wanted = new LinkedHashMap<>();
    private int nextId = ThreadLocalRandom.current().nextInt(1 << 20, 1 << 23);

    /**
     * @param protocol     kitty, iTerm2 or sixel
     * @param placeholders kitty through tmux: Unicode placeholder cells
     */
    ProtocolPictures(Protocol protocol, boolean placeholders) {
        if (!protocol.isGraphics()) {
            throw new IllegalArgumentException("not a graphics protocol: " + protocol);
        }
        this.protocol = protocol;
        this.placeholders = placeholders && protocol == Protocol.KITTY;
    }

    /** A new frame: it wants nothing until {@link #want} says so. */
    void begin() {
        wanted = new LinkedHashMap<>();
    }

    /**
     * The frame shows rows {@code firstRow …} of {@code pixels} (the picture at its box's size:
     * {@code columns × boxRows} cells) at {@code placement}. Placeholder cells go into {@code
     * screen} at once; everything else is written around the refresh.
     */
    void want(Path file, Pixels pixels, Placement placement, Screen screen) {
        int id = ids.computeIfAbsent(new Key(file, placement.columns(), placement.boxRows()), k -> nextId++ & 0xFFFFFF);
        wanted.put(id, new Wanted(placement, pixels));
        if (placeholders) {
            placeholderCells(id, placement, screen);
        }
    }

    @Override
    public String beforeRefresh(boolean cleared) {
        StringBuilder out = new StringBuilder();
        if (placeholders) {
            for (Map.Entry<Integer, Wanted> w : wanted.entrySet()) {
                if (sent.add(w.getKey())) {
                    Placement p = w.getValue().placement();
                    out.append(Kitty.sendForPlaceholders(w.getValue().pixels(), new Box(p.columns(), p.boxRows()), w.getKey()));
                }
            }
            return out.toString();     // no wrapping: passthrough moves no cursor
        }
        if (cleared) {
            // The refresh clears the screen; kitty keeps placements through that, the others do not.
            if (protocol == Protocol.KITTY && !drawn.isEmpty()) {
                out.append(Kitty.deletePlacements());
            }
            drawn.clear();
        }
        for (var it = drawn.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Placement> d = it.next();
            Wanted w = wanted.get(d.getKey());
            if (w != null && w.placement().equals(d.getValue())) {
                continue;
            }
            if (protocol == Protocol.KITTY) {
                if (w == null) {
                    out.append(Kitty.deletePlacementsOf(d.getKey()));    // a new place replaces the old one itself
                }
            } else {
                erase(d.getValue(), out);
            }
            it.remove();
        }
        return wrapped(out);
    }

    @Override
    public String afterRefresh(boolean cleared) {
        if (placeholders) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, Wanted> w : wanted.entrySet()) {
            int id = w.getKey();
            Placement p = w.getValue().placement();
            if (p.equals(drawn.get(id))) {
                continue;
            }
            draw(id, w.getValue().pixels(), p, out);
            drawn.put(id, p);
        }
        return wrapped(out);
    }

    /** Takes every picture off the screen and out of the terminal's memory (quit, suspend). */
    String clearAll() {
        StringBuilder out = new StringBuilder();
        if (protocol == Protocol.KITTY) {
            for (int id : sent) {
                out.append(placeholders ? Kitty.deleteInTmux(id) : Kitty.delete(id));
            }
            sent.clear();
        } else {
            drawn.values().forEach(p -> erase(p, out));
        }
        drawn.clear();
        wanted = new LinkedHashMap<>();
        return placeholders ? out.toString() : wrapped(out);
    }

    private void draw(int id, Pixels pixels, Placement p, StringBuilder out) {
        // The rows of the picture on screen, in its own pixels (its height is boxRows cells).
        int fromY = p.firstRow() * pixels.height() / p.boxRows();
        int toY = Math.max(fromY + 1, (p.firstRow() + p.rows()) * pixels.height() / p.boxRows());
        moveTo(p.row(), p.column(), out);
        switch (protocol) {
            case KITTY -> {
                if (sent.add(id)) {
                    out.append(Kitty.transmit(pixels, id));
                }
                out.append(Kitty.place(id, p.columns(), p.rows(), pixels.width(), fromY, toY - fromY));
            }
            case ITERM -> out.append(Iterm.show(pixels.rows(fromY, toY - fromY), new Box(p.columns(), p.rows())));
            case SIXEL -> out.append(Sixel.show(pixels.rows(fromY, toY - fromY)));
            default -> throw new IllegalStateException(protocol.toString());
        }
    }

    /** Blanks the cells a picture covers (sixel and iTerm2 pictures go with their cells). */
    private static void erase(Placement p, StringBuilder out) {
        for (int r = 0; r < p.rows(); r++) {
            moveTo(p.row() + r, p.column(), out);
            out.append("\u001b[").append(p.columns()).append('X');
        }
    }

    private static void moveTo(int row, int column, StringBuilder out) {
        out.append("\u001b[").append(row + 1).append(';').append(column + 1).append('H');
    }

    private static String wrapped(StringBuilder out) {
        return out.length() == 0 ? "" : SAVE + out + RESTORE;
    }

    private static void placeholderCells(int id, Placement p, Screen screen) {
        TextColor colour = new TextColor.RGB((id >> 16) & 0xFF, (id >> 8) & 0xFF, id & 0xFF);
        int lastRow = Math.min(p.firstRow() + p.rows(), Kitty.MAX_PLACEHOLDER_ROWS);
        for (int r = p.firstRow(); r < lastRow; r++) {
            for (int c = 0; c < p.columns(); c++) {
                screen.setCharacter(p.column() + c, p.row() + r - p.firstRow(),
                        new Cell(Kitty.placeholderCell(r, c), 1, colour, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class)));
            }
        }
    }

    @Override
    public String toString() {
        return "ProtocolPictures[" + protocol + (placeholders ? ", placeholders" : "") + ", drawn " + Objects.toString(drawn.keySet()) + "]";
    }
}
