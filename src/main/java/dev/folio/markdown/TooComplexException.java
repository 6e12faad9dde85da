package dev.folio.markdown;

import java.util.Locale;

/**
 * A document within the size limit that would still not fit in memory once parsed and laid out
 * (millions of tiny blocks, or a list or paragraph too long to cut into parts). An input error:
 * {@code too complex to show: N blocks}, never an {@code OutOfMemoryError}.
 */
public final class TooComplexException extends RuntimeException {
    private final long blocks;

    TooComplexException(long blocks, long lines) {
        super(blocks > 1
                ? String.format(Locale.ROOT, "too complex to show: %,d blocks", blocks)
                : String.format(Locale.ROOT, "too complex to show: one block of %,d lines", lines));
        this.blocks = blocks;
    }

    public long blocks() {
        return blocks;
    }
}
