package dev.folio.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WidthTest {
    @ParameterizedTest(name = "{0} is {1} columns")
    @CsvSource(delimiter = '|', textBlock = """
            abc                    | 3
            中文                   | 4
            AWS 加入云计算          | 14
            ，。                    | 4
            ｆｕｌｌ                | 8
            😄                     | 2
            ✅                     | 2
            ☕                     | 2
            ⭐                     | 2
            ☰                      | 1
            é                      | 1
            Pokémon                | 7
            """)
    void countsDisplayColumns(String text, int columns) {
        assertEquals(columns, Width.of(text));
    }

    @Test
    void combiningMarkTakesNoColumn() {
        assertEquals(1, Width.of("e\u0301"));
        assertEquals(4, Width.of("cafe\u0301"));
    }

    @Test
    void flagIsOneClusterOfTwoColumns() {
        String flag = "\uD83C\uDDE8\uD83C\uDDF3";
        assertEquals(flag.length(), Graphemes.next(flag, 0));
        assertEquals(2, Width.of(flag));
    }

    @Test
    void zwjSequenceIsOneClusterAsWideAsItsFirstEmoji() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(family.length(), Graphemes.next(family, 0));
        assertEquals(2, Width.of(family));
    }

    @Test
    void variationSelectorDoesNotWidenTextPresentationCharacter() {
        // tmux (glibc wcwidth) shows U+2764 U+FE0F in one column; so must we, or lines misalign.
        assertEquals(1, Width.of("\u2764\uFE0F"));
    }

    @Test
    void controlCharactersTakeNoColumns() {
        assertEquals(0, Width.of("\u001b\u0007\u009b"));
    }

    @Test
    void ambiguousCharactersWidenOnlyWhenAsked() {
        assertEquals(1, Width.of("·"));
        try (Width.Scope wide = Width.counting(AmbiguousWidth.WIDE)) {
            assertEquals(2, Width.of("·"));
            assertEquals(2, Width.of("中"));
            assertEquals(1, Width.of("a"));
        }
        assertEquals(1, Width.of("·"), "closing the scope restores the count");
    }

    @Test
    void joinerBeforeLineEndDoesNotSwallowIt() {
        String s = "a\u200D\nb";
        assertEquals(2, Graphemes.next(s, 0));
    }

    @Test
    void quickRangesAgreeWithTheGeneralRules() {
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (Graphemes.isWideIdeograph(cp)) {
                assertEquals(2, Math.max(0, org.jline.utils.WCWidth.wcwidth(cp)), Integer.toHexString(cp));
                int type = Character.getType(cp);
                assertNotEquals(Character.NON_SPACING_MARK, type, Integer.toHexString(cp));
                assertNotEquals(Character.ENCLOSING_MARK, type, Integer.toHexString(cp));
                assertNotEquals(Character.COMBINING_SPACING_MARK, type, Integer.toHexString(cp));
                assertNotEquals(0x200D, cp);
                assertTrue(cp < 0xFE00 || cp > 0xFE0F);
            }
        }
    }

    @Test
    void quickPathMeasuresLikeTheClusterWalk() {
        java.util.Random random = new java.util.Random(1);
        String[] pieces = {"a", " ", "中", "，", "。", "ｆ", "e\u0301", "\u200D", "\uFE0F", "\u0301", "\r\n", "\t", "😄",
            "\uD83C\uDDE8\uD83C\uDDF3", "·", "①", "\u3099", "\u302A", "\u007F", "\u0085", "é"};
        for (int round = 0; round < 3000; round++) {
            Width.Scope scope = Width.counting(random.nextBoolean() ? AmbiguousWidth.WIDE : AmbiguousWidth.NARROW);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            int expected = 0;
            for (int i = 0; i < s.length(); ) {
                int end = Graphemes.next(s, i);
                expected += Width.cluster(s, i, end);
                i = end;
            }
            assertEquals(expected, Width.of(s), s);
            scope.close();
        }
    }

    @Test
    void aCountingScopeBelongsToItsThreadAndTheThreadsItStarts() throws InterruptedException {
        int[] seen = new int[2];
        try (Width.Scope wide = Width.counting(AmbiguousWidth.WIDE)) {
            Thread child = new Thread(() -> seen[0] = Width.of("①"));
            child.start();
            child.join();
        }
        Thread other = new Thread(() -> seen[1] = Width.of("①"));
        other.start();
        other.join();
        assertEquals(2, seen[0], "a thread started inside the scope counts as it");
        assertEquals(1, seen[1], "another thread never sees it");
    }
}
