package dev.folio.markdown;

import static dev.folio.markdown.Docs.inlines;
import static dev.folio.markdown.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.folio.doc.Inline;
import dev.folio.doc.Inline.Decoration;
import dev.folio.doc.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlInlineTest {

    @ParameterizedTest
    @CsvSource({
        "b, STRONG", "strong, STRONG", "i, EMPHASIS", "em, EMPHASIS", "s, STRIKETHROUGH", "del, STRIKETHROUGH",
        "kbd, KBD", "sub, SUBSCRIPT", "sup, SUPERSCRIPT"
    })
    void stylingTagsBecomeDecorations(String tag, Decoration decoration) {
        List<Inline> content = inlines("a <" + tag + ">word</" + tag + "> z");
        assertEquals(List.of(text("a "), new Inline.Styled(decoration, List.of(text("word"))), text(" z")), content);
    }

    @Test
    void codeBreakLinkAndImageAreInterpreted() {
        List<Inline> content = inlines("<code>x</code> a<br>b <a href=\"t.md\" title=\"T\">go</a> <img src=\"p.png\" alt=\"Pic\">");
        assertEquals(List.of(
                new Inline.Code("x"), text(" a"), new Inline.HardBreak(), text("b "),
                new Inline.Link("t.md", "T", List.of(text("go"))), text(" "),
                new Inline.Media(MediaKind.IMAGE, "p.png", "Pic")), content);
    }

    @Test
    void tagsPairAcrossMarkdownBetweenThem() {
        List<Inline> content = inlines("<b>bold *and emphasis* end</b>");
        Inline.Styled bold = (Inline.Styled) content.get(0);
        assertEquals(Decoration.STRONG, bold.decoration());
        assertEquals(3, bold.children().size());
        assertEquals(new Inline.Styled(Decoration.EMPHASIS, List.of(text("and emphasis"))), bold.children().get(1));
    }

    @Test
    void unclosedTagsCloseAtTheEndOfTheParagraphAndStrayEndTagsAreIgnored() {
        assertEquals(List.of(text("a "), new Inline.Styled(Decoration.EMPHASIS, List.of(text("open")))), inlines("a <i>open"));
        assertEquals(List.of(text("a  b")), inlines("a </i> b"));
    }

    @Test
    void overlappingTagsStayATree() {
        List<Inline> content = inlines("<b>x<i>y</b>z</i>");
        assertEquals(List.of(new Inline.Styled(Decoration.STRONG, List.of(text("x"),
                new Inline.Styled(Decoration.EMPHASIS, List.of(text("y"))))), text("z")), content);
    }

    @Test
    void otherTagsAreDroppedWithTheirTextKeptAndCommentsAndScriptsHidden() {
        assertEquals(List.of(text("a kept b  c")), inlines("a <span class=x>kept</span> b <!-- hidden --> c"));
        assertEquals(List.of(text("a  b")), inlines("a <script>alert(1)</script> b"));
    }

    @Test
    void inlineSvgIsOneMediaItemLabelledByItsTitle() {
        List<Inline> content = inlines("<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 68 31\" version=\"1.1\">"
                + "<title>Group</title> <desc>Created with Sketch.</desc></svg>");
        assertEquals(List.of(new Inline.Media(MediaKind.SVG, "", "Group")), content);
    }

    @Test
    void videoAudioFrameAndPictureBecomeMediaOfTheirKind() {
        List<Inline> content = inlines("<video src=\"v.webm\">Your browser cannot</video> "
                + "<audio controls><source src=\"s.ogg\" type=\"audio/ogg\"></audio> "
                + "<iframe src=\"https://example.com/embed\" title=\"Film\"></iframe> "
                + "<picture><source srcset=\"p.avif 1x\"><img src=\"p.png\" alt=\"Photo\"></picture>");
        List<Inline.Media> media = content.stream().filter(Inline.Media.class::isInstance).map(Inline.Media.class::cast).toList();
        assertEquals(List.of(
                new Inline.Media(MediaKind.VIDEO, "v.webm", ""),
                new Inline.Media(MediaKind.AUDIO, "s.ogg", ""),
                new Inline.Media(MediaKind.FRAME, "https://example.com/embed", "Film"),
                new Inline.Media(MediaKind.IMAGE, "p.png", "Photo")), media);
        assertFalse(Inlines.plainText(content).contains("browser"));
    }

    @Test
    void attributeTextIsShownOnOneLineAndUrlsLoseLineBreaks() {
        assertEquals(List.of(new Inline.Media(MediaKind.IMAGE, "a.png", "two lines")),
                inlines("<img src=\"a\n.png\" alt=\"two\n   lines\">"));
    }

    @Test
    void anchorWithoutHrefKeepsItsTextAndEmptyLinkShowsItsTarget() {
        assertEquals(List.of(text("named")), inlines("<a name=\"x\">named</a>"));
        assertEquals(List.of(new Inline.Link("u", "", List.of(text("u")))), inlines("<a href=\"u\"></a>"));
    }
}
