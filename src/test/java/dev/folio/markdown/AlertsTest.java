package dev.folio.markdown;

import static dev.folio.markdown.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.doc.Block;
import dev.folio.doc.Block.AlertKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertsTest {

    @ParameterizedTest
    @EnumSource(AlertKind.class)
    void everyKindIsRecognisedAndItsMarkerRemoved(AlertKind kind) {
        Block.Alert alert = only("> [!" + kind + "]\n> Read this.\n", Block.Alert.class);
        assertEquals(kind, alert.kind());
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, alert.children().get(0));
        assertEquals("Read this.", Inlines.plainText(p.content()));
    }

    @Test
    void markerIsCaseInsensitive() {
        assertEquals(AlertKind.WARNING, only("> [!warning]\n> careful\n", Block.Alert.class).kind());
    }

    @Test
    void markerAloneInItsParagraphLeavesTheFollowingBlocks() {
        Block.Alert alert = only("> [!TIP]\n>\n> First.\n>\n> - a list\n", Block.Alert.class);
        assertEquals(2, alert.children().size());
        assertEquals("First.", Inlines.plainText(((Block.Paragraph) alert.children().get(0)).content()));
        assertInstanceOf(Block.ListBlock.class, alert.children().get(1));
    }

    @Test
    void textOnTheMarkerLineIsKept() {
        Block.Alert alert = only("> [!NOTE] inline text\n", Block.Alert.class);
        assertEquals("inline text", Inlines.plainText(((Block.Paragraph) alert.children().get(0)).content()));
    }

    @Test
    void unknownMarkersAndLaterMarkersAreOrdinaryQuotes() {
        Block.Quote unknown = only("> [!FOO]\n> text\n", Block.Quote.class);
        assertEquals("[!FOO] text", Inlines.plainText(((Block.Paragraph) unknown.children().get(0)).content()));
        only("> text first [!NOTE]\n", Block.Quote.class);
        only("> [!NOTE]x\n", Block.Quote.class);
    }
}
