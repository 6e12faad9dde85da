package dev.folio.text;

/**
 * How many columns an East Asian Ambiguous character (·, ①, Greek, Cyrillic) takes: one, as most
 * terminals draw them, or two, as CJK terminals and fonts do ({@code --ambiguous-wide}).
 */
public enum AmbiguousWidth {
    NARROW, WIDE;

    public static AmbiguousWidth wide(boolean wide) {
        return wide ? WIDE : NARROW;
    }
}
