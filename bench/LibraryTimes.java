import dev.folio.library.Entry;
import dev.folio.library.Filter;
import dev.folio.library.Folder;
import dev.folio.library.Heads;
import dev.folio.library.IndexProgress;
import dev.folio.library.SearchIndex;
import dev.folio.library.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The library's own work on a generated collection, timed in one JVM without JMH (which the
 * offline build cannot fetch): bench/collection.sh runs it after the whole-process figures.
 *
 * <pre>java -cp target/folio-0.1.0-all.jar bench/LibraryTimes.java COLLECTION CACHE_DIR</pre>
 *
 * Prints, in milliseconds: listing the folder (cold, the first call of the JVM, then the median
 * of 5), the filter's answer to each key while typing three queries one character at a time
 * (cold pass and the worst key of the next passes), reading every title, and queries on the
 * search index (built into CACHE_DIR first if it is not there).
 */
public final class LibraryTimes {
    private LibraryTimes() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path docs = Files.isDirectory(root.resolve("docs")) ? root.resolve("docs") : root;
        Path cache = Path.of(args[1]);

        long t = System.nanoTime();
        List<Entry> listed = Folder.list(docs);
        double cold = ms(t);
        double[] lists = new double[5];
        for (int i = 0; i < lists.length; i++) {
            t = System.nanoTime();
            Folder.list(docs);
            lists[i] = ms(t);
        }
        say("list the folder (%d entries): first %.0f ms, then median %.0f ms", listed.size(), cold, median(lists));

        t = System.nanoTime();
        List<Entry> titled = new ArrayList<>(listed.size());
        for (Entry e : listed) {
            titled.add(e.withHead(Heads.read(e.path())));
        }
        say("read every title (first 8 KB of each file): %.0f ms", ms(t));

        for (String query : new String[] {"服务网格", "kubernetes", "srvmsh"}) {
            double first = 0;
            List<Double> later = new ArrayList<>();
            for (int pass = 0; pass < 6; pass++) {
                for (int end = 1; end <= query.length(); end++) {
                    t = System.nanoTime();
                    Filter.apply(titled, query.substring(0, end), docs);
                    double took = ms(t);
                    if (pass == 0) {
                        first = Math.max(first, took);
                    } else {
                        later.add(took);
                    }
                }
            }
            double[] l = later.stream().mapToDouble(Double::doubleValue).toArray();
            say("filter \"%s\", one key: worst of the first pass %.1f ms, then median %.1f ms, worst %.1f ms",
                    query, first, median(l), Arrays.stream(l).max().orElse(0));
        }

        try (SearchIndex index = SearchIndex.of(root, cache)) {
            t = System.nanoTime();
            index.update(IndexProgress.NONE);
            say("search index update (from nothing unless CACHE_DIR holds one): %.0f ms", ms(t));
            String[] queries = {"服务网格在应用之外", "kubernetes", "\"service mesh\"", "可观测性 日志"};
            for (String q : queries) {
                double[] times = new double[7];
                long total = 0;
                for (int i = 0; i < times.length; i++) {
                    t = System.nanoTime();
                    SearchResult r = index.search(q, 20);
                    times[i] = ms(t);
                    total = r.total();
                }
                say("query %s (%d documents): first %.0f ms, then median %.0f ms", q, total, times[0],
                        median(Arrays.copyOfRange(times, 1, times.length)));
            }
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy.length == 0 ? 0 : copy[copy.length / 2];
    }

    private static void say(String format, Object... args) {
        System.out.println("- " + String.format(java.util.Locale.ROOT, format, args));
    }
}
