package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.folio.viewer.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class FileWatcherTest {
    @TempDir
    Path dir;
    private final BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();
    private final FileWatcher watcher = new FileWatcher(Duration.ofMillis(20), posted::add);

    @AfterEach
    void stop() {
        watcher.close();
    }

    private Msg next() throws InterruptedException {
        return posted.poll(5, TimeUnit.SECONDS);
    }

    /** Several polls go by: anything posted by now would have been. */
    private Msg nothingFor() throws InterruptedException {
        return posted.poll(200, TimeUnit.MILLISECONDS);
    }

    @Test
    void aWriteIsNoticedOnceAndAnUnchangedFileIsQuiet() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        watcher.watch(file);
        assertNull(nothingFor());

        Files.writeString(file, "one two");
        assertEquals(new Msg.FileChanged(file), next());
        assertNull(nothingFor(), "one change, one message");
    }

    @Test
    void savingByRenamingANewFileOverTheOldOneIsAChange() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        watcher.watch(file);
        Path temp = Files.writeString(dir.resolve(".a.md.swp"), "two");
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(new Msg.FileChanged(file), next());
    }

    @Test
    void aMissingFileIsNoChangeUntilItComesBack() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        watcher.watch(file);
        Files.delete(file);
        assertNull(nothingFor());
        Files.writeString(file, "back");
        assertEquals(new Msg.FileChanged(file), next());
    }

    @Test
    void onlyTheFileBeingShownIsWatched() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "a");
        Path b = Files.writeString(dir.resolve("b.md"), "b");
        watcher.watch(a);
        watcher.watch(b);
        Files.writeString(a, "a changed");
        assertNull(nothingFor());
        Files.writeString(b, "b changed");
        assertEquals(new Msg.FileChanged(b), next());

        watcher.watch(null);
        Files.writeString(b, "b changed again");
        assertNull(nothingFor());
    }
}
