package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;

/**
 * One screen cell holding a whole grapheme cluster, with folio's width. Lanterna's own
 * {@code TextCharacter} splits ZWJ sequences and flags (it uses the JDK's BreakIterator) and
 * guesses widths that differ from the terminal's for thousands of code points; this subclass
 * carries the cluster and the width decided by {@code dev.folio.text.Width}, and Lanterna's
 * screen asks it, not its own tables, how far the cursor moves.
 */
final class Cell extends TextCharacter {
    private final String cluster;
    private final boolean wide;

    /** @param cluster one grapheme cluster, already sanitised, of width 1 or 2 */
    @SuppressWarnings("deprecation") // the only public constructor that takes colours and attributes
    Cell(String cluster, int width, TextColor foreground, TextColor background, EnumSet<SGR> attributes) {
        super(standIn(cluster), foreground, background, attributes);
        this.cluster = cluster;
        this.wide = width == 2;
    }

    /** What the superclass stores: it must be one printable char, and is never written. */
    private static char standIn(String cluster) {
        char c = cluster.charAt(0);
        return cluster.length() == 1 && !Character.isISOControl(c) && !Character.isSurrogate(c) ? c : '\uFFFD';
    }

    /** This cell with a zero-width cluster (a lone combining mark, a ZWSP) attached, as a terminal would. */
    Cell withAttached(String zeroWidth) {
        return new Cell(cluster + zeroWidth, wide ? 2 : 1, getForegroundColor(), getBackgroundColor(), getModifiers());
    }

    @Override
    public String getCharacterString() {
        return cluster;
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }

    @Override
    public boolean is(char c) {
        return cluster.length() == 1 && cluster.charAt(0) == c;
    }

    /** Lanterna uses this to make the padding cell after a wide character: a plain blank. */
    @Override
    public TextCharacter withCharacter(char c) {
        return TextCharacter.fromCharacter(c, getForegroundColor(), getBackgroundColor(),
                getModifiers().toArray(new SGR[0]))[0];
    }

    @Override
    public TextCharacter withForegroundColor(TextColor color) {
        return new Cell(cluster, width(), color, getBackgroundColor(), getModifiers());
    }

    @Override
    public TextCharacter withBackgroundColor(TextColor color) {
        return new Cell(cluster, width(), getForegroundColor(), color, getModifiers());
    }

    @Override
    public TextCharacter withModifiers(Collection<SGR> modifiers) {
        EnumSet<SGR> set = modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers);
        return new Cell(cluster, width(), getForegroundColor(), getBackgroundColor(), set);
    }

    @Override
    public TextCharacter withModifier(SGR modifier) {
        EnumSet<SGR> set = getModifiers();
        set.add(modifier);
        return withModifiers(set);
    }

    @Override
    public TextCharacter withoutModifier(SGR modifier) {
        EnumSet<SGR> set = getModifiers();
        set.remove(modifier);
        return withModifiers(set);
    }

    private int width() {
        return wide ? 2 : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell other
                && wide == other.wide && cluster.equals(other.cluster)
                && getForegroundColor().equals(other.getForegroundColor())
                && getBackgroundColor().equals(other.getBackgroundColor())
                && getModifiers().equals(other.getModifiers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(cluster, wide, getForegroundColor(), getBackgroundColor(), getModifiers());
    }

    @Override
    public String toString() {
        return "Cell[" + cluster + (wide ? ", wide" : "") + ", " + getForegroundColor() + "/" + getBackgroundColor()
                + ", " + getModifiers() + "]";
    }
}
