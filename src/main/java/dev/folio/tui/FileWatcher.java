package dev.folio.tui;

import dev.folio.viewer.Msg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Notices when the document on screen changes on disk and posts {@link Msg.FileChanged}.
 *
 * <p>It polls the file's modification time, size and identity (inode) twice a second rather
 * than using a {@code WatchService}: one {@code stat} is cheap, it sees editors that save by
 * writing a new file and renaming it over the old one, and it behaves the same on every system
 * (the JDK's macOS watch service itself polls, every ten seconds). While the file is missing, as
 * it is for a moment during such a save, nothing is posted; its return is a change.
 */
final class FileWatcher implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofMillis(500);

    private final Consumer<Msg> changes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio watcher");
        thread.setDaemon(true);
        return thread;
    });
    private Path path;
    private Stamp seen;

    FileWatcher(Duration interval, Consumer<Msg> changes) {
        this.changes = changes;
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Watches {@code file} from now on (null: nothing); the file as it is now is the baseline. */
    synchronized void watch(Path file) {
        if (Objects.equals(file, path)) {
            return;
        }
        path = file;
        seen = file == null ? null : Stamp.of(file);
    }

    private void poll() {
        Path changed = null;
        synchronized (this) {
            if (path == null) {
                return;
            }
            Stamp now = Stamp.of(path);
            if (now != null && !now.equals(seen)) {
                changed = path;
                seen = now;
            }
        }
        if (changed != null) {
            changes.accept(new Msg.FileChanged(changed));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** What a {@code stat} says about a file; equal stamps mean unchanged. */
    private record Stamp(FileTime modified, long size, Object key) {
        /** The file's stamp, or null when it cannot be read now (missing, or mid-rename). */
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
    }
}
