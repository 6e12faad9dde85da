package dev.folio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterTest {
    private static final Path ROOT = Path.of("/c");

    private static Entry doc(String name, String title) {
        return new Entry(ROOT.resolve("docs").resolve(name), name, EntryKind.DOCUMENT, 1, Instant.EPOCH, title);
    }

    private static final List<Entry> ENTRIES = List.of(
            doc("k8s-intro.md", "Kubernetes 入门"),
            doc("mesh.md", "服务网格为什么需要运维实践"),
            doc("observability.md", "可观测性的基础设施"),
            doc("notes.md", null));

    private static List<String> names(String query) {
        return Filter.apply(ENTRIES, query, ROOT).stream().map(Entry::name).toList();
    }

    @Test
    void blankQueryKeepsEverythingInOrder() {
        assertEquals(List.of("k8s-intro.md", "mesh.md", "observability.md", "notes.md"), names("  "));
    }

    @Test
    void chineseSubstringOfTheTitle() {
        assertEquals(List.of("mesh.md"), names("网格"));
    }

    @Test
    void chineseFuzzyCharactersInOrder() {
        assertEquals(List.of("mesh.md"), names("服网运"));
    }

    @Test
    void caseFoldedSubstringInTitleOrPathAndWordsAreAnded() {
        assertEquals(List.of("k8s-intro.md"), names("KUBER"));
        assertEquals(List.of("notes.md"), names("docs/not"));
        assertEquals(List.of("k8s-intro.md"), names("入门 k8s"));
    }

    @Test
    void substringMatchesRankBeforeFuzzyOnesWhateverTheListingOrder() {
        List<Entry> entries = List.of(doc("a-long-random.md", "A long random"), doc("zz-arm.md", "Arm"));
        List<String> found = Filter.apply(entries, "arm", ROOT).stream().map(Entry::name).toList();
        assertEquals(List.of("zz-arm.md", "a-long-random.md"), found);
    }

    @Test
    void nothingMatches() {
        assertEquals(List.of(), names("量子"));
    }
}
