package dev.folio.markdown;

import static dev.folio.markdown.Docs.inlines;
import static dev.folio.markdown.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static Inline.Link link(String target, String shown) {
        return new Inline.Link(target, "", List.of(text(shown)));
    }

    @Test
    void inlineLinkKeepsTargetTitleAndStyledText() {
        Inline.Link link = (Inline.Link) inlines("[see *this*](other.md#part \"The title\")").get(0);
        assertEquals("other.md#part", link.target());
        assertEquals("The title", link.title());
        assertEquals(2, link.children().size());
    }

    @Test
    void autolinksBareUrlsAndEmailAddressesAreLinks() {
        assertEquals(List.of(link("https://a.example/x?y=1", "https://a.example/x?y=1"), text(" "),
                link("https://b.example", "https://b.example"), text(" "),
                link("http://www.c.example", "www.c.example"), text(" "),
                link("mailto:me@d.example", "me@d.example")),
                inlines("<https://a.example/x?y=1> https://b.example www.c.example <me@d.example>"));
    }

    @Test
    void referenceLinksResolveAndUndefinedOnesStayAsWritten() {
        List<Inline> content = inlines("[text][ref], [ref][], [ref], [missing][nope], [*em*]\n\n[ref]: /target \"T\"\n");
        assertEquals(new Inline.Link("/target", "T", List.of(text("text"))), content.get(0));
        assertEquals(new Inline.Link("/target", "T", List.of(text("ref"))), content.get(2));
        assertEquals(new Inline.Link("/target", "T", List.of(text("ref"))), content.get(4));
        assertEquals(text(", [missing][nope], ["), content.get(5));
        assertEquals(text("]"), content.get(7));
    }

    @Test
    void imagesAreMediaWithAltTextAndAKindFromTheirExtension() {
        assertEquals(List.of(new Inline.Media(MediaKind.IMAGE, "a/b.png", "An image"), text(" "),
                new Inline.Media(MediaKind.SVG, "d.svg", ""), text(" "),
                new Inline.Media(MediaKind.VIDEO, "clip.mp4?x=1", "clip"), text(" "),
                new Inline.Media(MediaKind.IMAGE, "https://host/image", "plain")),
                inlines("![An *image*](a/b.png) ![](d.svg) ![clip](clip.mp4?x=1) ![plain](https://host/image)"));
    }

    @Test
    void multiLineTitlesAndAltTextBecomeOneLine() {
        Inline.Link link = (Inline.Link) inlines("[a](b \"first\nsecond\")").get(0);
        assertEquals("first second", link.title());
        assertEquals("one two", ((Inline.Media) inlines("![one\ntwo](i.png)").get(0)).label());
    }

    @Test
    void linkWithoutTextKeepsNoInventedText() {
        // The layout shows it in short form (↗ u.md); the model keeps what the author wrote.
        assertEquals(List.of(new Inline.Link("u.md", "", List.of())), inlines("[](u.md)"));
    }
}
