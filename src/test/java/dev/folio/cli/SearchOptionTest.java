package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.CollectionGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code folio --search QUERY [DIR]} as a user runs it: ranked results, messages, exit codes. */
class SearchOptionTest {
    @TempDir
    Path dir;
    FakeEnvironment env;
    Path collection;

    @BeforeEach
    void collection() throws IOException {
        env = new FakeEnvironment(dir);
        collection = dir.resolve("books");
        new CollectionGenerator(30, 800).write(collection);
        Files.writeString(collection.resolve("docs/most.md"), "# 量子\n\n量子纠缠通信。\n\n又是量子纠缠通信。\n\n还是量子纠缠通信。\n");
        Files.writeString(collection.resolve("docs/once.md"), "# 杂记\n\n只提到一次量子纠缠通信。\n");
    }

    @Test
    void printsRankedTitlesPathsAndBestLinesRelativeToTheWorkingDirectory() {
        Run run = Run.folio(env, "--search", "量子纠缠通信", "books");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("量子", "  books/docs/most.md:3  量子纠缠通信。", "杂记", "  books/docs/once.md:3  只提到一次量子纠缠通信。"),
                run.out().lines().toList());
        assertEquals("", run.err(), "no progress bar when stderr is not a terminal");
        assertTrue(Files.isDirectory(dir.resolve("cache/folio/search")), "the index is under XDG_CACHE_HOME");
    }

    @Test
    void theCurrentFolderByDefaultAndColourOnlyWhenAsked() {
        env.cwd = collection;
        Run plain = Run.folio(env, "--search", "量子纠缠通信");
        assertTrue(plain.out().startsWith("量子\n  docs/most.md:3"), plain.out());
        assertFalse(plain.out().contains("\u001b"));
        Run coloured = Run.folio(env, "--color=always", "--search", "量子纠缠通信");
        assertTrue(coloured.out().contains("\u001b[1;33m量子纠缠通信\u001b[0m"), coloured.out());
    }

    @Test
    void aProgressBarOnStderrWhenItIsATerminalErasedAfterwards() {
        env.stderrTerminal = true;
        Run run = Run.folio(env, "--search", "量子纠缠通信", "books");
        assertTrue(run.err().contains("indexing [") && run.err().contains("33/33"), run.err());
        assertTrue(run.err().endsWith("\r\u001b[K"), run.err());
    }

    @Test
    void nothingFoundIsSaidOnStderrWithExitZero() {
        Run run = Run.folio(env, "--search", "不存在的词语", "books");
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals("folio: no document matches 不存在的词语 (33 searched)\n", run.err());
    }

    @Test
    void aFileOrAMissingFolderIsAnInputError() {
        Run file = Run.folio(env, "--search", "x", "books/SUMMARY.md");
        assertEquals(1, file.exit());
        assertEquals("folio: books/SUMMARY.md: not a folder (--search searches a folder)\n", file.err());
        Run missing = Run.folio(env, "--search", "x", "nowhere");
        assertEquals(1, missing.exit());
        assertEquals("folio: nowhere: no such folder\n", missing.err());
    }

    @Test
    void aBrokenIndexIsRebuiltAndTheSearchSaysSo() throws IOException {
        Run.folio(env, "--search", "量子", "books");
        try (var dirs = Files.list(dir.resolve("cache/folio/search"))) {
            Path index = dirs.findFirst().orElseThrow();
            try (var files = Files.list(index)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                    Files.write(f, new byte[] {0, 1});
                }
            }
        }
        Run run = Run.folio(env, "--search", "量子纠缠通信", "books");
        assertEquals(0, run.exit());
        assertTrue(run.err().startsWith("folio: the search index was unreadable"), run.err());
        assertTrue(run.out().startsWith("量子\n"), run.out());
    }

    @Test
    void documentTextCannotReachTheTerminalRaw() throws IOException {
        Files.writeString(collection.resolve("docs/evil.md"), "# Evil\u001b]0;pwned\u0007\n\n量子纠缠通信 \u001b[2J here\n");
        Run run = Run.folio(env, "--color=always", "--search", "量子纠缠通信", "books");
        assertFalse(run.out().contains("\u001b]"), run.out());
        assertFalse(run.out().contains("\u001b[2J"), run.out());
    }
}
