package dev.folio.markdown;

import static dev.folio.markdown.Docs.inlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiTest {

    @Test
    void shortcodesBecomeUnicodeCharacters() {
        assertEquals(List.of(Docs.text("I am 😄, 👍 and 🎉")), inlines("I am :smile:, :+1: and :tada:"));
    }

    @Test
    void unknownShortcodesStayAsWritten() {
        assertEquals(List.of(Docs.text("a :not_an_emoji_at_all: b")), inlines("a :not_an_emoji_at_all: b"));
    }

    @Test
    void emojiInHeadingsDoNotReachTheAnchor() {
        var heading = Docs.only("# :rocket: Launch\n", dev.folio.doc.Block.Heading.class);
        assertEquals("🚀 Launch", Inlines.plainText(heading.content()));
        assertEquals("-launch", heading.anchor());
    }
}
