package dev.folio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.CollectionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path collection;
    @TempDir
    Path cache;
    private CollectionGenerator gen;

    @BeforeEach
    void collection() throws IOException {
        gen = new CollectionGenerator(40, 1500);
        gen.write(collection);
        // The phrase three times in one article, once in another.
        Files.writeString(collection.resolve("docs/most.md"), "# 量子纠缠\n\n量子纠缠通信。\n\n再说量子纠缠通信。\n\n量子纠缠通信第三次。\n");
        Files.writeString(collection.resolve("docs/once.md"), "# 杂记\n\n第一行什么也没有。\n\n提到一次量子纠缠通信就够了。\n");
        Files.writeString(collection.resolve("docs/scattered.md"), "# 分散\n\n量子很小。纠缠很难。通信很快。\n");
    }

    private SearchIndex index() {
        return SearchIndex.of(collection, cache);
    }

    private static List<String> names(SearchResult r) {
        return r.hits().stream().map(h -> h.path().getFileName().toString()).toList();
    }

    @Test
    void aChinesePhraseRanksTheDocumentThatHasItMostFirstWithItsBestLine() throws IOException {
        try (SearchIndex index = index()) {
            UpdateReport report = index.update(IndexProgress.NONE);
            assertEquals(43, report.documents() - 1, "40 articles, 3 planted, and SUMMARY.md");
            SearchResult r = index.search("量子纠缠通信", 10);
            assertEquals(List.of("most.md", "once.md"), names(r), "a phrase: scattered characters do not count");
            SearchHit once = r.hits().get(1);
            assertEquals(5, once.line());
            assertEquals("提到一次量子纠缠通信就够了。", once.text());
            int[] m = once.matches().get(0);
            assertEquals("量子纠缠通信", once.text().substring(m[0], m[1]));
            assertEquals("杂记", once.title());
        }
    }

    @Test
    void englishWordsAreAllRequiredElseAnyWillDo() throws IOException {
        Files.writeString(collection.resolve("docs/en.md"), "# Service mesh notes\n\nRetries and encryption move out.\n");
        try (SearchIndex index = index()) {
            index.update(IndexProgress.NONE);
            SearchResult both = index.search("MESH notes", 5);
            assertEquals(List.of("en.md"), names(both), "the generated articles say mesh, never notes");
            SearchResult any = index.search("mesh zzzunknown", 50);
            assertTrue(any.total() > 1, "nothing has both words: documents with either are found");
            assertTrue(names(any).contains("en.md"));
        }
    }

    @Test
    void queriesThatAreNotLuceneSyntaxAreSearchedAsWords() throws IOException {
        try (SearchIndex index = index()) {
            index.update(IndexProgress.NONE);
            assertEquals("most.md", names(index.search("\"量子纠缠", 5)).get(0));
            assertTrue(index.search("AND", 5).hits().isEmpty(), "a lone operator is a word no document has");
            assertTrue(index.search("   ", 5).hits().isEmpty());
        }
    }

    @Test
    void updatesReadOnlyWhatChangedAndDropWhatIsGone() throws IOException {
        try (SearchIndex index = index()) {
            UpdateReport first = index.update(IndexProgress.NONE);
            assertEquals(first.documents(), first.added());
            UpdateReport again = index.update(IndexProgress.NONE);
            assertEquals(0, again.added());
            assertEquals(0, again.removed());

            Path once = collection.resolve("docs/once.md");
            Files.writeString(once, "# 杂记\n\n如今写的是另一件事：光子晶体。\n");
            Files.setLastModifiedTime(once, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
            Files.delete(collection.resolve("docs/scattered.md"));
            UpdateReport third = index.update(IndexProgress.NONE);
            assertEquals(1, third.added());
            assertEquals(1, third.removed());
            assertEquals(List.of("most.md"), names(index.search("量子纠缠通信", 10)));
            assertEquals(List.of("once.md"), names(index.search("光子晶体", 10)));
        }
    }

    @Test
    void progressCountsUpToAllDocuments() throws IOException {
        List<int[]> seen = new ArrayList<>();
        try (SearchIndex index = index()) {
            index.update((done, total) -> seen.add(new int[] {done, total}));
        }
        int[] last = seen.get(seen.size() - 1);
        assertEquals(last[1], last[0]);
        assertEquals(44, last[1]);
    }

    @Test
    void aBrokenIndexIsRebuiltAndTheUpdateSaysSo() throws IOException {
        try (SearchIndex index = index()) {
            index.update(IndexProgress.NONE);
            try (Stream<Path> files = Files.list(index.directory())) {
                for (Path f : files.toList()) {
                    if (f.getFileName().toString().startsWith("segments") || f.toString().endsWith(".si")) {
                        Files.write(f, new byte[] {1, 2, 3}); // half-written
                    }
                }
            }
            UpdateReport report = index.update(IndexProgress.NONE);
            assertTrue(report.notices().get(0).contains("rebuilt"), report.notices().toString());
            assertEquals(44, report.documents());
            assertEquals("most.md", names(index.search("量子纠缠通信", 10)).get(0));
        }
    }

    @Test
    void garbageInTheIndexFolderIsRebuiltToo() throws IOException {
        try (SearchIndex index = index()) {
            Files.createDirectories(index.directory());
            Files.writeString(index.directory().resolve("segments_1"), "not an index");
            UpdateReport report = index.update(IndexProgress.NONE);
            assertFalse(report.notices().isEmpty());
            assertEquals(44, report.documents());
        }
    }

    @Test
    void searchingBeforeAnyIndexFindsNothingWithoutFailing() throws IOException {
        try (SearchIndex index = index()) {
            assertTrue(index.search("量子", 10).hits().isEmpty());
        }
    }

    @Test
    void theIndexLivesUnderTheCacheFolderOneFolderPerCollection() {
        Path dir = index().directory();
        assertTrue(dir.startsWith(cache.resolve("search")), dir.toString());
        assertFalse(dir.equals(SearchIndex.of(collection.resolve("docs"), cache).directory()));
    }

    @Test
    void aCancelledUpdateKeepsWhatItReadAndTheNextGoesOnFromThere() throws IOException {
        int[] asked = {0};
        IndexProgress stopEarly = new IndexProgress() {
            @Override
            public void progress(int done, int total) {}

            @Override
            public boolean cancelled() {
                return ++asked[0] > 10; // asked once a document: stops after ten
            }
        };
        try (SearchIndex index = index()) {
            UpdateReport first = index.update(stopEarly);
            assertTrue(first.documents() > 0 && first.documents() < 44, "stopped part way: " + first.documents());
            assertTrue(first.notices().isEmpty(), "a cancel is no broken index: " + first.notices());
            UpdateReport rest = index.update(IndexProgress.NONE);
            assertEquals(44, rest.documents());
            assertEquals(44 - first.documents(), rest.added(), "only what the first left unread");
        }
    }
}
