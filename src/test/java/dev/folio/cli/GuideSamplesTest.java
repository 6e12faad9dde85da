package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's samples come from inside folio, so its links work from any directory. */
class GuideSamplesTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesAreUnpackedOnceIntoTheCache() throws Exception {
        Path cache = dir.resolve("cache");
        Path base = GuideSamples.base(cache);
        assertTrue(Files.isRegularFile(base.resolve("samples/README.md")));
        assertTrue(Files.isRegularFile(base.resolve("samples/elements.md")));
        assertTrue(Files.isRegularFile(base.resolve("samples/zh/指南.md")));
        assertTrue(Files.size(base.resolve("samples/img/diagram.png")) > 0, "media too: openers need real files");
        assertEquals(base, GuideSamples.base(cache), "the second start finds them");
        try (var left = Files.list(cache)) {
            assertEquals(1, left.count(), "no partial copy is left behind");
        }
    }

    @Test
    void theGuideResolvesItsLinksAgainstTheSamplesNotTheWorkingDirectory() {
        FakeEnvironment env = new FakeEnvironment(dir).terminal(80);
        env.set("XDG_CACHE_HOME", dir.resolve("cache").toString());
        List<ViewRequest> requests = new ArrayList<>();
        Run.folio(env, Pipeline.markdown(), Optional.of(r -> {
            requests.add(r);
            return 0;
        }));
        Path base = requests.get(0).source().base();
        assertTrue(base.startsWith(dir.resolve("cache")), base.toString());
        assertTrue(Files.isRegularFile(base.resolve("samples/links.md")), base.toString());
    }
}
