package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wiki: links from [[Page]]: found beside the document or in its collection, by name, any case. */
class WikiLinkResolverTest {
    private final LinkResolver resolver = LinkResolver.system();

    @Test
    void aPageBesideTheDocumentIsFoundIgnoringCase(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.md"), "x");
        Path page = Files.writeString(dir.resolve("my page.md"), "y");
        Target t = resolver.resolve(Source.file(dir.resolve("index.md")), "wiki:My%20Page#some-heading");
        Target.Document doc = assertInstanceOf(Target.Document.class, t);
        assertEquals(page.toAbsolutePath().normalize(), doc.path());
        assertEquals("some-heading", doc.anchor());
    }

    @Test
    void aPageElsewhereInTheCollectionIsFound(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".obsidian"));
        Path notes = Files.createDirectories(dir.resolve("notes/daily"));
        Path topics = Files.createDirectories(dir.resolve("topics"));
        Path page = Files.writeString(topics.resolve("Getting-Started.md"), "y");
        Files.writeString(notes.resolve("today.md"), "x");
        Target t = resolver.resolve(Source.file(notes.resolve("today.md")), "wiki:getting%20started");
        assertEquals(page.toAbsolutePath().normalize(), assertInstanceOf(Target.Document.class, t).path());
    }

    @Test
    void aPageThatIsNowhereSaysSo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.md"), "x");
        Target t = resolver.resolve(Source.file(dir.resolve("index.md")), "wiki:Nowhere");
        Target.Unresolvable u = assertInstanceOf(Target.Unresolvable.class, t);
        assertTrue(u.reason().contains("no page named Nowhere"), u.reason());
    }

    @Test
    void aWikiLinkNeverLeavesTheCollection(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("secret.md"), "x");
        Path inner = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(inner.resolve("index.md"), "x");
        assertInstanceOf(Target.Unresolvable.class, resolver.resolve(Source.file(inner.resolve("index.md")), "wiki:..%2Fsecret"));
    }

    @Test
    void anEmbeddedImageIsFoundInTheCollectionsImageFolderWithoutAMarkerFile(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path img = Files.createDirectories(dir.resolve("img"));
        Files.writeString(docs.resolve("a.md"), "![[Diagram 1.png]]");
        Path picture = Files.write(img.resolve("Diagram 1.png"), new byte[] {1});
        Target t = resolver.resolve(Source.file(docs.resolve("a.md")), "wiki:Diagram%201.png");
        assertEquals(picture.toAbsolutePath().normalize(), assertInstanceOf(Target.Document.class, t).path());
        Files.write(docs.resolve("Diagram 1.png"), new byte[] {2});
        assertEquals(docs.resolve("Diagram 1.png").toAbsolutePath().normalize(),
                assertInstanceOf(Target.Document.class, resolver.resolve(Source.file(docs.resolve("a.md")), "wiki:Diagram%201.png")).path(),
                "one beside the document comes first");
    }
}
