package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SluggerTest {

    @Test
    void lowerCasesAndTurnsEachSpaceIntoAHyphen() {
        assertEquals("a-b--c", Slugger.slugOf("A b  C"));
    }

    @Test
    void removesPunctuationAndSymbolsButKeepsHyphensAndUnderscores() {
        assertEquals("its-a_b-c", Slugger.slugOf("It's a_b-c!?"));
        assertEquals("café-déjà-vu", Slugger.slugOf("Café: déjà vu"));
    }

    @Test
    void keepsLettersAndDigitsOfAnyScript() {
        assertEquals("第2章-概述", Slugger.slugOf("第2章 概述"));
        assertEquals("привет-мир", Slugger.slugOf("Привет, мир"));
    }

    @Test
    void emojiAreDropped() {
        assertEquals("-ship-it", Slugger.slugOf("🚀 Ship it"));
    }

    @Test
    void eachSluggerHandsOutUniqueSlugs() {
        Slugger slugger = new Slugger();
        assertEquals("x", slugger.slug("X"));
        assertEquals("x-1", slugger.slug("x"));
        assertEquals("y", new Slugger().slug("y"));
    }
}
