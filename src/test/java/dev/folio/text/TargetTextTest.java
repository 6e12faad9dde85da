package dev.folio.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 11, item 6: the status line's target cannot be disguised. */
class TargetTextTest {

    @Test
    void theHostComesFirstAndWholeAndThePathIsShortened() {
        String host = "accounts.google.com.security-check.login.example-phish.net";
        String shown = TargetText.shown("https://" + host + "/" + "x".repeat(200), 80);
        assertTrue(shown.startsWith("https://" + host + "/x"), shown);
        assertTrue(shown.endsWith("…"), shown);
        assertEquals(80, Width.of(shown));
    }

    @Test
    void aHostTooLongForTheRoomKeepsItsEndWhereTheRegisteredDomainIs() {
        String shown = TargetText.shown("https://" + "a.".repeat(100) + "evil.example/x", 40);
        assertTrue(shown.startsWith("…") && shown.endsWith("evil.example"), shown);
        assertEquals(40, Width.of(shown));
    }

    @Test
    void aHostMixingScriptsIsShownInPunycodeWithAWarning() {
        String shown = TargetText.shown("https://\u0430pple.com/login", 80); // Cyrillic а, Latin pple
        assertEquals(TargetText.MIXED_SCRIPTS + "https://xn--pple-43d.com/login", shown);
    }

    @Test
    void anInternationalHostInOneScriptIsShownAsWritten() {
        assertEquals("https://пример.рф/a", TargetText.shown("https://пример.рф/a", 80));
        assertEquals("https://пример.рф/a", TargetText.shown("https://xn--e1afmkfd.xn--p1ai/a", 80));
        assertEquals("https://日本語ひらがな.jp/", TargetText.shown("https://日本語ひらがな.jp/", 80));
    }

    @Test
    void invisibleAndFormatCharactersAreMadeVisibleNotRemoved() {
        assertEquals("https://exa<U+200B>mple.com/", TargetText.shown("https://exa\u200Bmple.com/", 80));
        assertEquals("https://e.com/<U+061C>a<U+E0041>", TargetText.shown("https://e.com/\u061Ca\uDB40\uDC41", 80));
        assertEquals("evil.desktop<U+00A0>", TargetText.shown("evil.desktop\u00A0", 80));
        assertEquals("evil.desktop<U+0020>", TargetText.shown("evil.desktop ", 80));
    }

    @Test
    void userInformationCannotPushTheHostOut() {
        String shown = TargetText.shown("https://www.paypal.com.secure.login.account.verify@evil.example/", 60);
        assertTrue(shown.contains("@evil.example/"), shown);
    }
}
