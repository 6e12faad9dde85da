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

/** --rehearse-viewer (install.sh's training run) prints, then rehearses the viewer on the same document. */
class RehearseOptionTest {
    @TempDir
    Path dir;

    @Test
    void printsThenRehearsesTheViewer() throws Exception {
        Files.writeString(dir.resolve("doc.md"), "# Title\ntext\n");
        List<ViewRequest> rehearsed = new ArrayList<>();
        ViewerLauncher viewer = new ViewerLauncher() {
            @Override
            public int view(ViewRequest request) {
                throw new AssertionError("no terminal session in a training run");
            }

            @Override
            public void rehearse(ViewRequest request) {
                rehearsed.add(request);
            }
        };
        Run run = Run.folio(new FakeEnvironment(dir), Run.LINES, Optional.of(viewer), "-p", "--rehearse-viewer", "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Title\n"), run.out());
        assertEquals(1, rehearsed.size());
        assertEquals("# Title\ntext\n", rehearsed.get(0).text());
    }
}
