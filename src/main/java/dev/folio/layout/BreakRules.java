package dev.folio.layout;

import java.util.BitSet;

/**
 * Where inline text may wrap without a space: between Chinese and Japanese characters (Korean
 * breaks only at its spaces, like CSS {@code word-break: keep-all}), except where kinsoku forbids it (closing punctuation may not start a line, opening punctuation may not end one).
 * Breaks at spaces are decided by the line breaker; these rules only veto them.
 */
final class BreakRules {
    /** May not start a line: closing brackets and quotes, sentence punctuation, small kana, iteration marks. */
    private static final String CLOSING =
            "）」』】〉》”’〕〗〙〛］｝｠〞，。、；：！？．・‥…ー〜～々ゝゞヽヾ"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
            + "｡｣､･ｰ"
            + ",.;:!?)]}%";
    /** May not end a line: opening brackets and quotes. */
    private static final String OPENING = "（「『【〈《“‘〔〖〘〚［｛｟〝([{";

    private static final BitSet CLOSING_SET = bits(CLOSING);
    private static final BitSet OPENING_SET = bits(OPENING);

    private BreakRules() {}

    private static BitSet bits(String chars) {
        BitSet set = new BitSet(0x10000);
        chars.chars().forEach(set::set);
        return set;
    }

    /** True when a line may wrap between the adjacent clusters starting with {@code before} and {@code after}. */
    static boolean canBreakBetween(int before, int after) {
        if (!isCjk(before) && !isCjk(after)) {
            return false;
        }
        if ((isHangul(before) && isCjk(after)) || (isCjk(before) && isHangul(after))) {
            return false; // Korean puts spaces between words: keep-all, never between syllables
        }
        return allowsBreak(before, after);
    }

    /** Kinsoku alone: false when {@code after} cannot start a line or {@code before} cannot end one. */
    static boolean allowsBreak(int before, int after) {
        return !isClosing(after) && !isOpening(before);
    }

    static boolean isClosing(int cp) {
        return cp >= 0 && cp <= 0xFFFF && CLOSING_SET.get(cp);
    }

    static boolean isOpening(int cp) {
        return cp >= 0 && cp <= 0xFFFF && OPENING_SET.get(cp);
    }

    /** Hangul syllables and jamo. */
    static boolean isHangul(int cp) {
        return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)
                || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xAC00 && cp <= 0xD7FF);
    }

    /** Whether a source line break between two such characters is no space: Chinese and Japanese, not Korean. */
    static boolean joinsWithoutSpace(int cp) {
        return isCjk(cp) && !isHangul(cp);
    }

    /**
     * Han, kana, Hangul, bopomofo, CJK symbols and punctuation, and fullwidth forms: scripts
     * written without spaces, where a line may break between any two characters.
     */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        return cp <= 0x11FF                                  // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x4DBF)            // radicals, CJK punctuation, kana, bopomofo, Hangul compat, ext. A
                || (cp >= 0x4E00 && cp <= 0x9FFF)            // CJK unified ideographs
                || (cp >= 0xA960 && cp <= 0xA97F)            // Hangul Jamo extended A
                || (cp >= 0xAC00 && cp <= 0xD7FF)            // Hangul syllables, Jamo extended B
                || (cp >= 0xF900 && cp <= 0xFAFF)            // compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)            // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFFEF)            // fullwidth and halfwidth forms
                || (cp >= 0x1B000 && cp <= 0x1B16F)          // kana supplement and extensions
                || (cp >= 0x20000 && cp <= 0x3FFFF);         // ideographic planes
    }
}
