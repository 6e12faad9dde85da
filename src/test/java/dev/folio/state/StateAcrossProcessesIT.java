package dev.folio.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two folio processes saving at the same moment: neither loses the other's bookmarks or positions. */
class StateAcrossProcessesIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        int each = 40;
        List<Process> processes = new ArrayList<>();
        for (String id : List.of("a", "b")) {
            processes.add(new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    BookmarkWriter.class.getName(), dir.toString(), String.valueOf(each), id)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start());
        }
        for (Process p : processes) {
            p.waitFor(100, TimeUnit.SECONDS);
            assertEquals(0, p.exitValue());
        }
        List<String> notices = new ArrayList<>();
        assertEquals(2 * each, new Bookmarks(dir, notices::add).list().size());
        Positions positions = new Positions(dir, notices::add);
        for (int i = 0; i < each; i++) {
            assertEquals(i + 1, positions.of(Path.of("/a-" + i + ".md")).orElseThrow().sourceLine());
            assertEquals(i + 1, positions.of(Path.of("/b-" + i + ".md")).orElseThrow().sourceLine());
        }
        assertEquals(List.of(), notices);
    }
}
