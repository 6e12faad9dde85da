package dev.folio.viewer;

import dev.folio.layout.WideBlock;
import java.util.HashMap;
import java.util.Map;

/**
 * How far each wide code block is scrolled sideways, by the block's first source line: the
 * same block at every width, so a resize keeps it (clamped to what the new width leaves).
 */
public record Sideways(Map<Integer, Integer> offsets) {
    public static final Sideways NONE = new Sideways(Map.of());

    public Sideways {
        offsets = Map.copyOf(offsets);
    }

    /** The columns of {@code block} scrolled out at the left, within what it can scroll. */
    public int offset(WideBlock block) {
        int o = offsets.getOrDefault(block.sourceLine(), 0);
        return Math.max(0, Math.min(o, block.maxOffset()));
    }

    /** {@code block} scrolled to {@code offset} (clamped). */
    Sideways with(WideBlock block, int offset) {
        Map<Integer, Integer> next = new HashMap<>(offsets);
        int clamped = Math.max(0, Math.min(offset, block.maxOffset()));
        if (clamped == 0) {
            next.remove(block.sourceLine());
        } else {
            next.put(block.sourceLine(), clamped);
        }
        return new Sideways(next);
    }
}
