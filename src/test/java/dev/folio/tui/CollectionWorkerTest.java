package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.doc.Document;
import dev.folio.library.Entry;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collection worker's own decisions, on real folders (no state kept: {@link Memory#NONE}). */
class CollectionWorkerTest {
    @TempDir
    Path dir;

    private final BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();

    private Msg next() throws InterruptedException {
        Msg msg = posted.poll(10, TimeUnit.SECONDS);
        if (msg == null) {
            throw new AssertionError("nothing posted in 10 s");
        }
        return msg;
    }

    private CollectionWorker worker() {
        return worker(Memory.NONE);
    }

    private CollectionWorker worker(Memory memory) {
        DocumentLoader loader = path -> new Document(java.util.List.of(), Files.readString(path));
        return new CollectionWorker(memory, loader, e -> {
            if (e instanceof Event.Deliver d) {
                posted.add(d.msg());
            }
        });
    }

    @Test
    void aFolderWithAReadmeOpensTheReadme() throws Exception {
        Path guide = Files.createDirectories(dir.resolve("guide"));
        Files.writeString(guide.resolve("a.md"), "# A\n");
        Files.writeString(guide.resolve("README.md"), "# Guide\n");
        try (CollectionWorker w = worker()) {
            w.perform(new Effect.OpenFolder(guide));
            Msg.Loaded loaded = assertInstanceOf(Msg.Loaded.class, next());
            assertEquals(guide.resolve("README.md"), loaded.source().path());
        }
    }

    @Test
    void aFolderWithAnIndexButNoReadmeOpensTheIndex() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("index.md"), "# Notes\n");
        Files.writeString(notes.resolve("b.md"), "# B\n");
        try (CollectionWorker w = worker()) {
            w.perform(new Effect.OpenFolder(notes));
            assertEquals(notes.resolve("index.md"), assertInstanceOf(Msg.Loaded.class, next()).source().path());
        }
    }

    @Test
    void aFolderWithNeitherIsListed() throws IOException, InterruptedException {
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.writeString(bare.resolve("b.md"), "# B\n");
        Files.createDirectories(bare.resolve("sub"));
        try (CollectionWorker w = worker()) {
            w.perform(new Effect.OpenFolder(bare));
            Msg.FolderListed listed = assertInstanceOf(Msg.FolderListed.class, next());
            assertEquals(bare.toRealPath(), listed.dir().toRealPath());
            assertEquals(java.util.List.of("b.md", "sub"), listed.entries().stream().map(Entry::name).sorted().toList());
        }
    }

    @Test
    void theFolderOpenedLastIsOfferedFirstInAnotherFoldersLibraryView() throws Exception {
        Path books = Files.createDirectories(dir.resolve("books"));
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(books.resolve("a.md"), "# A\n");
        Files.writeString(notes.resolve("n.md"), "# N\n");
        Path state = dir.resolve("xdg");
        Memory memory = new Memory(new dev.folio.state.Xdg(state.resolve("state"), state.resolve("data"), state.resolve("cache")), true);
        try (CollectionWorker w = worker(memory)) {
            w.perform(new Effect.ListFolder(books, null, false));
            Msg.FolderListed first = nextListing();
            assertEquals(java.util.List.of(), first.recent(), "nothing was opened before");
            w.perform(new Effect.ListFolder(notes, null, false));
            Msg.FolderListed second = nextListing();
            assertEquals(1, second.recent().size(), second.recent().toString());
            Entry offered = second.recent().get(0);
            assertEquals(books.toRealPath(), offered.path());
            assertEquals(dev.folio.library.EntryKind.FOLDER, offered.kind(), "Enter lists it");
            w.perform(new Effect.ListFolder(books, null, false));
            assertEquals(notes.toRealPath(), nextListing().recent().get(0).path(), "the last one, never the folder shown");
        }
    }

    /** The next listing posted (title batches in between are skipped). */
    private Msg.FolderListed nextListing() throws InterruptedException {
        while (true) {
            if (next() instanceof Msg.FolderListed listed) {
                return listed;
            }
        }
    }
}
