package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.library.IndexProgress;
import dev.folio.library.SearchIndex;
import dev.folio.testing.CollectionGenerator;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index built in the background when a collection opens, and searched after it. */
class SearchIndexingTest {
    @TempDir
    Path collection;
    @TempDir
    Path cache;

    private final BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();

    private Msg next() throws InterruptedException {
        Msg msg = posted.poll(60, TimeUnit.SECONDS);
        if (msg == null) {
            throw new AssertionError("nothing posted in 60 s");
        }
        return msg;
    }

    @Test
    void aPreparedIndexIsUpToDateBeforeTheFirstSearchAndTheProgressEnds() throws Exception {
        new CollectionGenerator(120, 1500).write(collection);
        try (SearchIndexing indexing = new SearchIndexing(cache, posted::add, 0)) {
            indexing.prepare(collection);
            Msg msg;
            List<Msg.SearchProgress> progress = new ArrayList<>();
            do {
                msg = next();
                progress.add(assertInstanceOf(Msg.SearchProgress.class, msg, "only progress while building: " + msg));
            } while (((Msg.SearchProgress) msg).done() < ((Msg.SearchProgress) msg).total());
            assertEquals(new Msg.SearchProgress(1, 1), progress.get(progress.size() - 1), "the end is said, so the status clears");

            try (SearchIndex index = SearchIndex.of(collection, cache)) {
                assertEquals(0, index.update(IndexProgress.NONE).added(), "the background built it all");
            }
            indexing.prepare(collection);
            indexing.search(new Effect.SearchCollection(collection, "服务网格"));
            Msg.SearchResults results = assertInstanceOf(Msg.SearchResults.class, next(),
                    "a collection prepared once is not looked at again before the search");
            assertFalse(results.hits().isEmpty());
        }
    }

    @Test
    void preparingAnotherCollectionStopsTheFirstWhichGoesOnLater() throws Exception {
        Path big = Files.createDirectories(collection.resolve("big"));
        Path small = Files.createDirectories(collection.resolve("small"));
        new CollectionGenerator(600, 3000).write(big);
        new CollectionGenerator(5, 500).write(small);
        try (SearchIndexing indexing = new SearchIndexing(cache, posted::add, 0)) {
            indexing.prepare(big);
            indexing.prepare(small);
            indexing.search(new Effect.SearchCollection(small, "服务网格"));
            Msg msg;
            do {
                msg = next();
            } while (!(msg instanceof Msg.SearchResults));
            assertTrue(((Msg.SearchResults) msg).notices().isEmpty(), ((Msg.SearchResults) msg).notices().toString());
        }
        try (SearchIndex index = SearchIndex.of(big, cache)) {
            dev.folio.library.UpdateReport rest = index.update(IndexProgress.NONE);
            assertTrue(rest.added() > 0, "the first was stopped before it was done");
            assertEquals(601, rest.documents(), "600 articles and SUMMARY.md, all there once it goes on");
        }
    }

    @Test
    void withoutACacheFolderNothingIsIndexedAndASearchSaysWhy() throws Exception {
        try (SearchIndexing indexing = new SearchIndexing(null, posted::add, 0)) {
            indexing.prepare(collection);
            indexing.search(new Effect.SearchCollection(collection, "x"));
            Msg.SearchResults r = assertInstanceOf(Msg.SearchResults.class, next());
            assertEquals(List.of("searching needs a cache folder"), r.notices());
        }
    }

    @Test
    void aReaderWhoLeavesBeforeTheDelayStartsNoIndexingAndASearchDoesNotWaitForIt() throws Exception {
        new CollectionGenerator(20, 800).write(collection);
        try (SearchIndexing indexing = new SearchIndexing(cache, posted::add, 60_000)) {
            indexing.prepare(collection);
            indexing.search(new Effect.SearchCollection(collection, "服务网格"));
            Msg msg;
            do {
                msg = next(); // well within the minute the background start waits
            } while (!(msg instanceof Msg.SearchResults));
        }
        Path other = Files.createDirectories(collection.resolve("other"));
        new CollectionGenerator(5, 500).write(other);
        try (SearchIndexing indexing = new SearchIndexing(cache, posted::add, 60_000)) {
            indexing.prepare(other);
        }
        try (SearchIndex index = SearchIndex.of(other, cache)) {
            assertFalse(Files.exists(index.directory()), "closed before it started: nothing written");
        }
    }
}
