package dev.folio.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (Chinese, links, an image, mp3 links, an inline svg) converts completely. */
class SeedDocumentTest {
    private static final String TITLE = "AWS 加入云计算原生计算基金会，推动 Kubernetes 的发展势头";
    private static Document doc;

    @BeforeAll
    static void parseSeed() throws IOException {
        doc = new MarkdownParser().parse(Files.readString(dev.folio.testing.Seed.article()));
    }

    @Test
    void titleComesFromTheFirstHeading() {
        assertEquals(TITLE, doc.title());
        Block.Heading h = assertInstanceOf(Block.Heading.class, doc.blocks().get(0));
        assertEquals(1, h.level());
        assertEquals("aws-加入云计算原生计算基金会推动-kubernetes-的发展势头", h.anchor());
    }

    @Test
    void quoteHoldsTheSourceAutolink() {
        Block.Quote quote = assertInstanceOf(Block.Quote.class, doc.blocks().get(1));
        assertEquals(3, quote.line());
        List<Inline> content = ((Block.Paragraph) quote.children().get(0)).content();
        assertEquals("https://thenewstack.io/amazon-web-services-joins-cloud-native-computing-foundation/",
                ((Inline.Link) content.get(1)).target());
    }

    @Test
    void everyLinkIsFoundIncludingTheTwoMp3Links() {
        List<Inline.Link> links = Docs.all(doc, Inline.Link.class);
        assertEquals(14, links.size());
        List<Inline.Link> mp3 = links.stream().filter(l -> l.target().contains(".mp3")).toList();
        assertEquals(2, mp3.size());
        assertTrue(mp3.get(0).target().endsWith(".mp3?_=2"));
        assertEquals(MediaKind.AUDIO, MediaKind.ofTarget(mp3.get(1).target()));
    }

    @Test
    void theImageIsAMediaItem() {
        List<Inline.Media> images = Docs.all(doc, Inline.Media.class).stream().filter(m -> m.kind() == MediaKind.IMAGE).toList();
        assertEquals(List.of(new Inline.Media(MediaKind.IMAGE, "img/01e434b022e63332107f12c77cdd3a37.png", "")), images);
    }

    @Test
    void theInlineSvgIsOneMediaItemAndItsDescriptionIsNotText() {
        Block last = doc.blocks().get(doc.blocks().size() - 1);
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, last);
        assertEquals(List.of(new Inline.Media(MediaKind.SVG, "", "Group")), p.content());
        assertEquals(39, p.line());
        assertFalse(Docs.text(doc).contains("Sketch"));
    }

    @Test
    void chineseTextIsKeptWhole() {
        String text = Docs.text(doc);
        assertTrue(text.contains("据 CNCF 称，像 Box、Ticketmaster、GolfNow、Comcast、高盛、易贝、Pokémon GO、SAP 和 Wink 等企业都使用 Kubernetes。"));
        assertTrue(text.contains("云本地计算基金会是新堆栈的赞助商。"));
        assertEquals(20, doc.blocks().size());
    }
}
