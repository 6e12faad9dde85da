package dev.folio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.CollectionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionsTest {
    @TempDir
    Path dir;

    @Test
    void summaryOrderWithPositionNextAndPrevious() throws IOException {
        CollectionGenerator gen = new CollectionGenerator(30, 600);
        Path summary = gen.write(dir);
        Path fifth = gen.article(dir, 4);
        ReadingOrder order = new Collections().orderOf(fifth);
        assertEquals(Optional.of(summary.toAbsolutePath().normalize()), order.index());
        assertEquals(Optional.of("article 5/30"), order.label());
        assertEquals(Optional.of(gen.article(dir, 5).toAbsolutePath().normalize()), order.next());
        assertEquals(Optional.of(gen.article(dir, 3).toAbsolutePath().normalize()), order.previous());
        assertEquals(Optional.empty(), new Collections().orderOf(gen.article(dir, 0)).previous());
        assertEquals(Optional.empty(), new Collections().orderOf(gen.article(dir, 29)).next());
    }

    @Test
    void theIndexItselfGoesOnToTheFirstArticle() throws IOException {
        CollectionGenerator gen = new CollectionGenerator(5, 300);
        Path summary = gen.write(dir);
        ReadingOrder order = new Collections().orderOf(summary);
        assertEquals(Optional.of(gen.article(dir, 0).toAbsolutePath().normalize()), order.next());
        assertEquals(Optional.empty(), order.label());
    }

    @Test
    void sidebarLinksWithoutExtensionAndFromTheRoot() throws IOException {
        Files.createDirectories(dir.resolve("guide"));
        Files.writeString(dir.resolve("guide/start.md"), "# Start");
        Files.writeString(dir.resolve("guide/deploy.md"), "# Deploy");
        Files.writeString(dir.resolve("_sidebar.md"), "* [Start](/guide/start)\n* [Deploy](guide/deploy.md#top \"Deploy it\")\n"
                + "* [Web](https://example.com/)\n* [Anchor](#x)\n");
        ReadingOrder order = new Collections().orderOf(dir.resolve("guide/deploy.md"));
        assertEquals(Optional.of("article 2/2"), order.label());
        assertEquals(Optional.of(dir.resolve("guide/start.md")), order.previous());
    }

    @Test
    void readmeThatLinksToTheDocumentTwoLevelsUp() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.md"), "# One");
        Files.writeString(dir.resolve("a/b/two.md"), "# Two");
        Files.writeString(dir.resolve("README.md"), "# Book\n\n1. [One](a/b/one.md)\n2. <a href=\"a/b/two.md\">Two</a>\n");
        ReadingOrder order = new Collections().orderOf(dir.resolve("a/b/one.md"));
        assertEquals(Optional.of(dir.resolve("README.md")), order.index());
        assertEquals(Optional.of(dir.resolve("a/b/two.md")), order.next());
    }

    @Test
    void noIndexPastTheRepositoryRootAndThenTheFolderOrder() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.createDirectories(dir.resolve("repo/docs"));
        Files.writeString(dir.resolve("SUMMARY.md"), "[x](repo/docs/b.md)\n[y](repo/docs/a.md)\n");
        Files.writeString(dir.resolve("repo/docs/a.md"), "# A");
        Files.writeString(dir.resolve("repo/docs/b.md"), "# B");
        Files.writeString(dir.resolve("repo/docs/c.md"), "# C");
        ReadingOrder order = new Collections().orderOf(dir.resolve("repo/docs/b.md"));
        assertEquals(Optional.empty(), order.index());
        assertEquals(Optional.of("article 2/3"), order.label());
        assertEquals(Optional.of(dir.resolve("repo/docs/c.md")), order.next());
    }

    @Test
    void aReadmeMentioningOneFileIsNotAnIndex() throws IOException {
        Files.writeString(dir.resolve("README.md"), "See [the notes](notes.md).\n");
        Files.writeString(dir.resolve("notes.md"), "# Notes");
        Files.writeString(dir.resolve("other.md"), "# Other");
        ReadingOrder order = new Collections().orderOf(dir.resolve("notes.md"));
        assertEquals(Optional.empty(), order.index());
        assertEquals(List.of(dir.resolve("notes.md"), dir.resolve("other.md"), dir.resolve("README.md")), order.documents());
    }

    @Test
    void theParsedIndexIsKeptUntilTheFileChanges() throws IOException {
        CollectionGenerator gen = new CollectionGenerator(3, 200);
        Path summary = gen.write(dir);
        Collections collections = new Collections();
        CollectionIndex first = collections.indexOf(gen.article(dir, 0)).orElseThrow();
        assertTrue(first == collections.indexOf(gen.article(dir, 1)).orElseThrow(), "parsed once");
        Files.writeString(summary, Files.readString(summary) + "+ [new](docs/new.md)\n");
        Files.setLastModifiedTime(summary, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(4, collections.indexOf(gen.article(dir, 0)).orElseThrow().documents().size());
    }
}
