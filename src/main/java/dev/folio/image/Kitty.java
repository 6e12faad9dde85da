package dev.folio.image;

import java.util.Base64;

/**
 * The kitty graphics protocol (kitty, Ghostty, WezTerm): the picture travels as PNG in base64
 * chunks of at most 4,096 bytes, shown over a box of cells at the cursor. Inside tmux, which
 * keeps no pictures, the picture is sent through tmux's passthrough as a virtual placement and
 * drawn with Unicode placeholders: text cells ({@code U+10EEEE} with diacritics for row and
 * column, the image id as their colour) that tmux moves and clears like any text.
 */
public final class Kitty {
    static final int CHUNK = 4096;
    static final int PLACEHOLDER = 0x10EEEE;
    /**
     * The first entries of kitty's row/column diacritics table (index i encodes the number i),
     * enough for 129 rows; columns after the first are inferred by the terminal.
     */
    static final int[] DIACRITICS = {
        0x0305, 0x030D, 0x030E, 0x0310, 0x0312, 0x033D, 0x033E, 0x033F, 0x0346, 0x034A, 0x034B, 0x034C,
        0x0350, 0x0351, 0x0352, 0x0357, 0x035B, 0x0363, 0x0364, 0x0365, 0x0366, 0x0367, 0x0368, 0x0369,
        0x036A, 0x036B, 0x036C, 0x036D, 0x036E, 0x036F, 0x0483, 0x0484, 0x0485, 0x0486, 0x0487, 0x0592,
        0x0593, 0x0594, 0x0595, 0x0597, 0x0598, 0x0599, 0x059C, 0x059D, 0x059E, 0x059F, 0x05A0, 0x05A1,
        0x05A8, 0x05A9, 0x05AB, 0x05AC, 0x05AF, 0x05C4, 0x0610, 0x0611, 0x0612, 0x0613, 0x0614, 0x0615,
        0x0616, 0x0617, 0x0657, 0x0658, 0x0659, 0x065A, 0x065B, 0x065D, 0x065E, 0x06D6, 0x06D7, 0x06D8,
        0x06D9, 0x06DA, 0x06DB, 0x06DC, 0x06DF, 0x06E0, 0x06E1, 0x06E2, 0x06E4, 0x06E7, 0x06E8, 0x06EB,
        0x06EC, 0x0730, 0x0732, 0x0733, 0x0735, 0x0736, 0x073A, 0x073D, 0x073F, 0x0740, 0x0741, 0x0743,
        0x0745, 0x0747, 0x0749, 0x074A, 0x07EB, 0x07EC, 0x07ED, 0x07EE, 0x07EF, 0x07F0, 0x07F1, 0x07F3,
        0x0816, 0x0817, 0x0818, 0x0819, 0x081B, 0x081C, 0x081D, 0x081E, 0x081F, 0x0820, 0x0821, 0x0822,
        0x0823, 0x0825, 0x0826, 0x0827, 0x0829, 0x082A, 0x082B, 0x082C, 0x082D,
    };
    /** The most rows a placeholder image can have. */
    public static final int MAX_PLACEHOLDER_ROWS = DIACRITICS.length;

    private Kitty() {}

    /**
     * Shows {@code pixels} over {@code box} at the cursor, which does not move ({@code C=1}),
     * as image {@code id} (1 to 2³²−1); the terminal sends no reply ({@code q=2}).
     */
    public static String show(Pixels pixels, Box box, int id) {
        return transmit(pixels, "a=T,f=100,q=2,C=1,i=" + Integer.toUnsignedString(id)
                + ",c=" + box.columns() + ",r=" + box.rows());
    }

    /**
     * Sends {@code pixels} as image {@code id} without showing it ({@code a=t}): the viewer
     * sends each picture once and places it ({@link #place}) wherever it scrolls to.
     */
    public static String transmit(Pixels pixels, int id) {
        return transmit(pixels, "a=t,f=100,q=2,i=" + Integer.toUnsignedString(id));
    }

    /**
     * Places image {@code id} (sent with {@link #transmit}) at the cursor over {@code columns ×
     * rows} cells, showing only its pixel rows {@code fromY …} {@code fromY + height - 1} (the
     * part on screen); the cursor does not move. One placement per image ({@code p=1}), so a new
     * place replaces the old one.
     */
    public static String place(int id, int columns, int rows, int width, int fromY, int height) {
        return "\u001b_Ga=p,q=2,C=1,i=" + Integer.toUnsignedString(id) + ",p=1,x=0,y=" + fromY + ",w=" + width
                + ",h=" + height + ",c=" + columns + ",r=" + rows + "\u001b\\";
    }

    /** Deletes every placement on the screen, keeping the images' data for the next {@link #place}. */
    public static String deletePlacements() {
        return "\u001b_Ga=d,d=a,q=2\u001b\\";
    }

    /** Deletes the placements of image {@code id}, keeping its data. */
    public static String deletePlacementsOf(int id) {
        return "\u001b_Ga=d,d=i,q=2,i=" + Integer.toUnsignedString(id) + "\u001b\\";
    }

    /**
     * The text of one placeholder cell: the cell at {@code row}, {@code column} of the image
     * whose id its foreground colour carries. Both are written on every cell, so a terminal
     * that redraws a single cell (tmux, Lanterna by delta) still knows where it belongs.
     */
    public static String placeholderCell(int row, int column) {
        StringBuilder out = new StringBuilder(6).appendCodePoint(PLACEHOLDER).appendCodePoint(DIACRITICS[row]);
        if (column < DIACRITICS.length) {
            out.appendCodePoint(DIACRITICS[column]);
        }
        return out.toString();
    }

    /** Deletes image {@code id}, its placements and its data. */
    public static String delete(int id) {
        return "\u001b_Ga=d,d=I,q=2,i=" + Integer.toUnsignedString(id) + "\u001b\\";
    }

    /** {@link #delete} through tmux's passthrough, for images sent with {@link #sendForPlaceholders}. */
    public static String deleteInTmux(int id) {
        return tmuxPassthrough("\u001b_Ga=d,d=I,q=2,i=" + (id & 0xFFFFFF) + "\u001b\\");
    }

    /** Deletes every image placement on the screen (and frees their data). */
    public static String deleteAll() {
        return "\u001b_Ga=d,d=A,q=2\u001b\\";
    }

    /**
     * Sends {@code pixels} as image {@code id} with a virtual placement of {@code box}, through
     * tmux's passthrough; {@link #placeholderRow} then draws it.
     */
    public static String sendForPlaceholders(Pixels pixels, Box box, int id) {
        String plain = transmit(pixels, "a=T,U=1,f=100,q=2,i=" + (id & 0xFFFFFF)
                + ",c=" + box.columns() + ",r=" + Math.min(box.rows(), MAX_PLACEHOLDER_ROWS));
        return tmuxPassthrough(plain);
    }

    /**
     * Row {@code row} of the placeholder cells of image {@code id} (24-bit, carried by the
     * foreground colour), {@code columns} cells wide, ending with a reset.
     */
    public static String placeholderRow(int id, int row, int columns) {
        StringBuilder out = new StringBuilder(columns * 8 + 32);
        out.append("\u001b[38;2;").append((id >> 16) & 0xFF).append(';').append((id >> 8) & 0xFF)
                .append(';').append(id & 0xFF).append('m');
        for (int x = 0; x < columns; x++) {
            out.appendCodePoint(PLACEHOLDER).appendCodePoint(DIACRITICS[row]);
            if (x == 0) {
                out.appendCodePoint(DIACRITICS[0]);
            }
        }
        return out.append("\u001b[39m").toString();
    }

    /** Wraps a sequence so tmux hands it on to the outer terminal (needs {@code allow-passthrough on}). */
    static String tmuxPassthrough(String sequence) {
        return "\u001bPtmux;" + sequence.replace("\u001b", "\u001b\u001b") + "\u001b\\";
    }

    private static String transmit(Pixels pixels, String control) {
        String data = Base64.getEncoder().encodeToString(PngBytes.of(pixels));
        StringBuilder out = new StringBuilder(data.length() + data.length() / CHUNK * 16 + 64);
        for (int at = 0; at < data.length() || at == 0; at += CHUNK) {
            int end = Math.min(data.length(), at + CHUNK);
            boolean last = end >= data.length();
            out.append("\u001b_G");
            if (at == 0) {
                out.append(control).append(',');
            }
            out.append("m=").append(last ? 0 : 1).append(';').append(data, at, end).append("\u001b\\");
            if (last) {
                break;
            }
        }
        return out.toString();
    }
}
