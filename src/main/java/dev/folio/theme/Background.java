package dev.folio.theme;

import java.util.Optional;

/** Whether the terminal's background is dark or light, which decides the {@code auto} theme. */
public enum Background {
    DARK, LIGHT;

    /** The theme that reads on this background. */
    public String themeName() {
        return this == DARK ? "dark" : "light";
    }

    /** Dark when the colour's perceived brightness (ITU-R BT.601 weights) is under half. */
    public static Background of(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return 299 * r + 587 * g + 114 * b < 500 * 255 ? DARK : LIGHT;
    }

    /**
     * From {@code COLORFGBG} ({@code fg;bg} or {@code fg;other;bg}, as rxvt and others export it):
     * the background is the last field, a colour index; 7 and 9–15 are light, the others dark.
     * Empty when the variable is missing or says {@code default}.
     */
    public static Optional<Background> fromColorFgBg(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] fields = value.trim().split(";", -1);
        String last = fields[fields.length - 1].trim();
        if (!last.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(last);
        if (index > 15) {
            return Optional.of(of(Palette.rgb(Math.min(index, 255))));
        }
        return Optional.of(index == 7 || index >= 9 ? LIGHT : DARK);
    }
}
