package dev.folio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.CollectionGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalsTest {
    @TempDir
    Path dir;

    @Test
    void theWebOriginalOfAnArticleIsFoundLocally() throws IOException {
        CollectionGenerator gen = new CollectionGenerator(20, 400);
        gen.write(dir);
        Originals originals = Originals.of(IntStream.range(0, 20).mapToObj(i -> gen.article(dir, i)).toList());
        assertEquals(20, originals.size());
        assertEquals(Optional.of(gen.article(dir, 7)), originals.localCopyOf(CollectionGenerator.originalOf(7)));
    }

    @Test
    void addressesCompareLoosely() {
        Originals o = Originals.of(java.util.Map.of("https://thenewstack.io/some-slug/", Path.of("/c/a.md")));
        assertTrue(o.localCopyOf("http://www.thenewstack.io/some-slug").isPresent());
        assertTrue(o.localCopyOf("https://THENEWSTACK.io/some-slug/#comments").isPresent());
        assertFalse(o.localCopyOf("https://thenewstack.io/other-slug/").isPresent());
        assertFalse(o.localCopyOf("mailto:a@b").isPresent());
    }

    @Test
    void siteRelativeLinksResolveAgainstTheSourceOrSayWhyNot() {
        SiteLinks.Resolution r = SiteLinks.resolve("/category/kubernetes/", "https://thenewstack.io/aws-joins/");
        assertEquals("https://thenewstack.io/category/kubernetes/", r.url());
        SiteLinks.Resolution none = SiteLinks.resolve("/category/kubernetes/", null);
        assertFalse(none.resolved());
        assertTrue(none.reason().contains("does not say which site"), none.reason());
        assertTrue(SiteLinks.isSiteRelative("/x"));
        assertFalse(SiteLinks.isSiteRelative("//cdn.example/x"));
        assertFalse(SiteLinks.isSiteRelative("x.md"));
    }
}
