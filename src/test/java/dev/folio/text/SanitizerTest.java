package dev.folio.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SanitizerTest {
    @Test
    void escapeBecomesVisiblePlaceholder() {
        assertEquals("␛]0;pwned␇", Sanitizer.visible("\u001b]0;pwned\u0007"));
    }

    @Test
    void everyControlCharacterIsReplaced() {
        for (char c = 0; c < 0xA0; c++) {
            boolean control = c < 0x20 || c >= 0x7F;
            String out = Sanitizer.visible(String.valueOf(c));
            assertEquals(control, !out.equals(String.valueOf(c)), "U+" + Integer.toHexString(c));
            assertTrue(Sanitizer.isClean(out));
        }
    }

    @Test
    void c1CsiIsNeutralised() {
        assertFalse(Sanitizer.visible("a\u009b31mb").contains("\u009b"));
    }

    @Test
    void cleanTextIsReturnedUnchanged() {
        String s = "中文 text 😄";
        assertEquals(s, Sanitizer.visible(s));
    }

    @Test
    void bidiOverrideInTargetIsShownNotObeyed() {
        String target = "photo\u202Egnp.sh";
        String shown = Sanitizer.target(target);
        assertFalse(shown.contains("\u202E"));
        assertEquals("photo<U+202E>gnp.sh", shown);
    }
}
