package dev.folio.bench;

import dev.folio.library.Entry;
import dev.folio.library.Filter;
import dev.folio.library.Folder;
import dev.folio.library.Heads;
import dev.folio.library.IndexProgress;
import dev.folio.library.SearchIndex;
import dev.folio.library.SearchResult;
import dev.folio.library.SortKey;
import dev.folio.library.Sorting;
import dev.folio.testing.CollectionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A collection of generated articles (bench/collection.sh writes it; {@code folio.bench.collection}
 * names it, default {@code bench/out/collection-15000}): listing the folder (the library view's
 * first screen needs nothing more), the filter answering one key, sorting by title, reading all
 * titles, and a search query once the index is built (the index build itself is timed by
 * bench/collection.sh, as a whole process).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LibraryBench {
    @Param({"服务网格", "kubernetes", "srvmsh"})
    public String filter;

    private Path docs;
    private List<Entry> withTitles;
    private SearchIndex index;

    @Setup
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("folio.bench.collection", "bench/out/collection-15000"));
        if (!Files.isDirectory(root.resolve("docs"))) {
            new CollectionGenerator(15_000, 11 * 1024).write(root);
        }
        docs = root.resolve("docs");
        withTitles = Folder.list(docs).stream().map(e -> e.withHead(Heads.read(e.path()))).toList();
        index = SearchIndex.of(root, Path.of(System.getProperty("folio.bench.cache", "bench/out/cache")));
        index.update(IndexProgress.NONE);
    }

    @Benchmark
    public List<Entry> listFolder() throws IOException {
        return Folder.list(docs);
    }

    @Benchmark
    public List<Entry> filterOneKey() {
        return Filter.apply(withTitles, filter, docs);
    }

    @Benchmark
    public List<Entry> sortByTitle() {
        return Sorting.sorted(withTitles, SortKey.TITLE);
    }

    @Benchmark
    @Measurement(iterations = 3, time = 5)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int readAllTitles() {
        int n = 0;
        for (Entry e : withTitles) {
            n += Heads.read(e.path()).title() == null ? 0 : 1;
        }
        return n;
    }

    @Benchmark
    public SearchResult searchQuery() throws IOException {
        return index.search("服务网格在应用之外", 20);
    }
}
