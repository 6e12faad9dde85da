package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.CollectionGenerator;
import dev.folio.testing.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated collection read as a person reads it, in a real terminal (tmux): the library
 * view, the filter, opening and coming back, next/previous article and the index, the place
 * kept across runs at another width, a bookmark from one run listed in the next, a link to a
 * web original opening the local translation, and {@code --search} ranking a Chinese phrase.
 */
@Timeout(180)
class CollectionInTmuxIT {
    private static final long WAIT = 20_000;
    private static final int ARTICLES = 60;

    @TempDir
    Path dir;
    private Path collection;
    private final CollectionGenerator gen = new CollectionGenerator(ARTICLES, 3000);

    @BeforeEach
    void collection() throws IOException {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        collection = dir.resolve("books");
        gen.write(collection);
    }

    private String folio(String args) {
        return "XDG_STATE_HOME=" + quote(dir.resolve("state").toString()) + " XDG_DATA_HOME=" + quote(dir.resolve("data").toString())
                + " XDG_CACHE_HOME=" + quote(dir.resolve("cache").toString()) + " FOLIO_OPENER=true TERM=xterm-256color "
                + "java -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path")) + " dev.folio.Main " + args;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String status(String screen) {
        String[] rows = screen.stripTrailing().split("\n");
        return rows[rows.length - 1];
    }

    /** The status line and the row above it, where a message too long for one row begins. */
    private static String message(String screen) {
        String[] rows = screen.stripTrailing().split("\n");
        return rows.length < 2 ? status(screen) : rows[rows.length - 2] + "\n" + rows[rows.length - 1];
    }

    private static String firstRow(String screen) {
        return screen.split("\n", 2)[0];
    }

    @Test
    void theLibraryListsTitlesFiltersOpensAndBackspaceReturnsToTheEntry() throws Exception {
        try (Tmux tmux = new Tmux().start(100, 20, collection, folio("docs"))) {
            expect(tmux, s -> s.contains(CollectionGenerator.title(0)) && !status(s).contains("reading titles"));
            String wanted = CollectionGenerator.title(41);
            tmux.type("第 42 篇");
            String filtered = expect(tmux, s -> status(s).startsWith("filter: 第 42 篇"));
            assertTrue(filtered.contains(wanted), filtered);
            assertTrue(status(filtered).contains("1 of " + ARTICLES), status(filtered));
            tmux.sendKeys("Enter");
            String article = expect(tmux, s -> status(s).contains("article 42/" + ARTICLES));
            assertTrue(firstRow(article).contains(wanted), article);
            tmux.sendKeys("BSpace");
            String back = expect(tmux, s -> s.contains("(" + ARTICLES + " documents, by name)"));
            assertTrue(status(back).startsWith("filter: 第 42 篇") && status(back).contains("1 of " + ARTICLES),
                    "the filter and the entry are as they were: " + status(back));
            tmux.sendKeys("Escape");
            String cleared = expect(tmux, s -> status(s).endsWith("42/" + ARTICLES));
            assertTrue(status(cleared).contains("type to filter"), status(cleared));
        }
    }

    @Test
    void nextPreviousAndTheIndexFollowTheIndexOrder() throws Exception {
        try (Tmux tmux = new Tmux().start(100, 20, collection, folio("docs/" + CollectionGenerator.slug(9) + ".md"))) {
            expect(tmux, s -> status(s).contains("article 10/" + ARTICLES));
            tmux.type("}");
            String next = expect(tmux, s -> status(s).contains("article 11/" + ARTICLES));
            assertTrue(firstRow(next).contains(CollectionGenerator.title(10)), next);
            tmux.type("{");
            expect(tmux, s -> status(s).contains("article 10/" + ARTICLES));
            tmux.type("{");
            String previous = expect(tmux, s -> status(s).contains("article 9/" + ARTICLES));
            assertTrue(firstRow(previous).contains(CollectionGenerator.title(8)), previous);
            tmux.type("H");
            String index = expect(tmux, s -> firstRow(s).contains("目录"));
            assertTrue(index.contains(CollectionGenerator.title(0)), index);
        }
    }

    @Test
    void quitAndReopenReturnsToTheSameTextAtAnotherWidthAndGStillGoesToTheTop() throws Exception {
        String doc = "docs/" + CollectionGenerator.slug(3) + ".md";
        String place;
        try (Tmux tmux = new Tmux().start(100, 20, collection, folio(doc))) {
            expect(tmux, s -> status(s).contains("article 4/"));
            tmux.sendKeys("Space");
            tmux.sendKeys("Space");
            String screen = expect(tmux, s -> !status(s).contains("line 1/"));
            place = firstNonBlank(screen);
            tmux.type("q");
            tmux.waitForExit(10_000);
        }
        try (Tmux tmux = new Tmux().start(72, 16, collection, folio(doc))) {
            String again = expect(tmux, s -> message(s).contains("where you stopped"));
            String probe = place.length() > 12 ? place.substring(0, 12) : place;
            assertTrue(again.contains(probe), "expected '" + probe + "' on screen:\n" + again);
            tmux.type("g");
            String top = expect(tmux, s -> status(s).contains("line 1/"));
            assertTrue(firstRow(top).contains(CollectionGenerator.title(3)), top);
        }
    }

    @Test
    void aBookmarkMadeInOneRunIsListedInTheNext() throws Exception {
        String doc = "docs/" + CollectionGenerator.slug(5) + ".md";
        try (Tmux tmux = new Tmux().start(100, 20, collection, folio(doc))) {
            expect(tmux, s -> status(s).contains("article 6/"));
            tmux.sendKeys("Space");
            tmux.type("M");
            expect(tmux, s -> message(s).contains("bookmarked"));
            tmux.type("q");
            tmux.waitForExit(10_000);
        }
        // In the library view letters type into the filter: the list of bookmarks is asked for from a document.
        try (Tmux tmux = new Tmux().start(100, 20, collection, folio("docs/" + CollectionGenerator.slug(0) + ".md"))) {
            expect(tmux, s -> status(s).contains("article 1/"));
            tmux.type("B");
            String list = expect(tmux, s -> s.contains("Bookmarks"));
            assertTrue(list.contains(CollectionGenerator.slug(5) + ".md:"), list);
            tmux.sendKeys("Enter");
            // The place comes first, the article's place in the collection when its index is read.
            expect(tmux, s -> status(s).contains("at the bookmark") || status(s).contains("article 6/"));
            String opened = expect(tmux, s -> status(s).contains("article 6/"));
            assertTrue(status(opened).contains("article 6/"), opened);
            tmux.type("q");
            tmux.waitForExit(10_000); // folio writes its state and search index there until it has quit
        }
    }

    @Test
    void aLinkToAWebOriginalOpensTheLocalTranslation() throws Exception {
        // Article 0 links to the web original of another article of the collection.
        String text = gen.article(0);
        int at = text.indexOf("[原文](") + "[原文](".length();
        String url = text.substring(at, text.indexOf(')', at));
        int other = -1;
        for (int i = 0; i < ARTICLES; i++) {
            if (CollectionGenerator.originalOf(i).equals(url)) {
                other = i;
            }
        }
        assertTrue(other >= 0, url);
        try (Tmux tmux = new Tmux().start(100, 20, collection, folio("docs/" + CollectionGenerator.slug(0) + ".md"))) {
            expect(tmux, s -> status(s).contains("article 1/"));
            Thread.sleep(1500); // the originals of the collection are read in the background
            // The links: the article's own original (in the quote), the next article, then the other's original.
            tmux.sendKeys("Tab");
            tmux.sendKeys("Tab");
            tmux.sendKeys("Tab");
            expect(tmux, s -> status(s).contains(url));
            tmux.sendKeys("Enter");
            // "loading the local copy…" comes first; then the copy itself, and the message saying what it is.
            int copy = other;
            String local = expect(tmux, s -> firstRow(s).contains(CollectionGenerator.title(copy)));
            assertTrue(message(local).contains("local copy"), local);
        }
    }

    @Test
    void searchFindsAChinesePhraseAndRanksTheDocumentThatHasItMostFirst() throws Exception {
        Files.writeString(collection.resolve("docs/zz-most.md"), "# 量子\n\n量子纠缠通信。量子纠缠通信。量子纠缠通信。\n", StandardCharsets.UTF_8);
        Files.writeString(collection.resolve("docs/zz-once.md"), "# 杂记\n\n只有一次量子纠缠通信。\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("sh", "-c", folio("--search 量子纠缠通信 books"))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals(List.of("量子", "  books/docs/zz-most.md:3  量子纠缠通信。量子纠缠通信。量子纠缠通信。", "杂记",
                "  books/docs/zz-once.md:3  只有一次量子纠缠通信。"), lines);
    }

    /** The screen once {@code condition} holds; fails with the screen when it does not within {@link #WAIT}. */
    private static String expect(Tmux tmux, java.util.function.Predicate<String> condition) throws IOException, InterruptedException {
        String screen = tmux.waitFor(condition, WAIT);
        assertTrue(condition.test(screen), "the screen never showed what was expected:\n" + screen);
        return screen;
    }

    private static String firstNonBlank(String screen) {
        for (String row : screen.split("\n")) {
            String t = row.strip();
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return t;
            }
        }
        return "";
    }
}
