package dev.folio.tui;

import dev.folio.library.RealPath;

import dev.folio.doc.Source;
import dev.folio.library.Collections;
import dev.folio.library.Entry;
import dev.folio.library.EntryKind;
import dev.folio.library.Folder;
import dev.folio.library.Head;
import dev.folio.library.Heads;
import dev.folio.library.Originals;
import dev.folio.library.ReadingOrder;
import dev.folio.library.SearchIndex;
import dev.folio.library.SearchResult;
import dev.folio.library.UpdateReport;
import dev.folio.state.Bookmark;
import dev.folio.state.Bookmarks;
import dev.folio.state.Position;
import dev.folio.state.Positions;
import dev.folio.state.Recent;
import dev.folio.state.Recents;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Performs the viewer's collection effects on a thread of its own: folder listings and their
 * titles (in batches, so the first screen comes at once), a document's collection (reading
 * order, then the web originals of all its documents), remembered positions, bookmarks and
 * recent documents. Saving a position is done at once, on the caller's thread, so quitting
 * never loses it. Problems with the state files reach the status line, once each.
 *
 * <p>The search index of a folder shown in the library view (or of a document's collection,
 * when it has an index file) is brought up to date in the background on a thread of its own
 * ({@link SearchIndexing}), once its titles are read, so a search finds it ready.
 */
final class CollectionWorker implements AutoCloseable {
    /** Titles are posted in batches of this many, or after {@value #BATCH_MS} ms. */
    private static final int BATCH = 500;
    private static final long BATCH_MS = 150;
    private static final int RECENT = 5;
    private static final List<String> FOLDER_DOCUMENTS = List.of("README.md", "readme.md", "index.md");

    private final Memory memory;
    private final DocumentLoader loader;
    private final Consumer<Event> events;
    private final Collections collections = new Collections();
    /** The originals of each collection, by its index file (or its folder without one). */
    private final Map<Path, Originals> originals = new ConcurrentHashMap<>();
    private final AtomicReference<Path> listing = new AtomicReference<>();
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private final Positions positions;
    private final Bookmarks bookmarks;
    private final Recents recents;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio collections");
        thread.setDaemon(true);
        return thread;
    });

    private final SearchIndexing indexing;

    CollectionWorker(Memory memory, DocumentLoader loader, Consumer<Event> events) {
        this.indexing = new SearchIndexing(memory.enabled() ? memory.dirs().cache() : null, this::post);
        this.memory = memory;
        this.loader = loader;
        this.events = events;
        Consumer<String> notices = this::notice;
        this.positions = memory.enabled() ? new Positions(memory.dirs().state(), notices) : null;
        this.bookmarks = memory.enabled() ? new Bookmarks(memory.dirs().data(), notices) : null;
        this.recents = memory.enabled() ? new Recents(memory.dirs().state(), notices) : null;
    }

    /** Performs {@code effect} if it is one of the collection's; false when it is not. */
    boolean perform(Effect effect) {
        if (effect instanceof Effect.ListFolder list) {
            listing.set(list.dir());
            submit(() -> list(list));
        } else if (effect instanceof Effect.OpenFolder folder) {
            listing.set(folder.dir());
            submit(() -> openFolder(folder));
        } else if (effect instanceof Effect.FindCollection find) {
            submit(() -> find(find));
        } else if (effect instanceof Effect.SavePosition save) {
            save(save);
        } else if (effect instanceof Effect.AddBookmark add) {
            submit(() -> addBookmark(add));
        } else if (effect instanceof Effect.SearchCollection search) {
            indexing.search(search);
        } else if (effect instanceof Effect.ListBookmarks) {
            submit(() -> post(new Msg.BookmarksListed(bookmarks == null ? List.of() : bookmarks.list())));
        } else if (effect instanceof Effect.RemoveBookmark remove) {
            submit(() -> {
                if (bookmarks != null) {
                    bookmarks.remove(remove.bookmark());
                }
            });
        } else {
            return false;
        }
        return true;
    }

    private void list(Effect.ListFolder request) {
        Path dir = request.dir().toAbsolutePath().normalize();
        List<Entry> entries;
        try {
            entries = Folder.list(dir);
        } catch (NoSuchFileException e) {
            post(new Msg.FolderFailed(dir, "no such folder"));
            return;
        } catch (IOException | RuntimeException e) {
            post(new Msg.FolderFailed(dir, "cannot be listed: " + e.getMessage()));
            return;
        }
        post(new Msg.FolderListed(dir, entries, recentDocuments(dir), request.select(), request.back()));
        if (recents != null) {
            recents.opened(new Recent(real(dir), true, Instant.now()));
        }
        if (readTitles(dir, entries)) {
            indexing.prepare(dir); // after the titles: the two would share the disk and the cores
        }
    }

    /** Titles from each document's first lines, posted in batches; a newer listing stops it (false). */
    private boolean readTitles(Path dir, List<Entry> entries) {
        List<Entry> batch = new ArrayList<>();
        int remaining = 0;
        for (Entry e : entries) {
            remaining += e.titleKnown() ? 0 : 1;
        }
        long last = System.currentTimeMillis();
        for (Entry e : entries) {
            if (e.titleKnown()) {
                continue;
            }
            if (!dir.equals(listing.get())) {
                return false; // another folder is being listed: its titles matter now
            }
            batch.add(e.withHead(Heads.read(e.path())));
            remaining--;
            long now = System.currentTimeMillis();
            if (batch.size() >= BATCH || now - last >= BATCH_MS || remaining == 0) {
                post(new Msg.TitlesRead(dir, batch, remaining));
                batch = new ArrayList<>();
                last = now;
            }
        }
        return true;
    }

    /**
     * What the library view offers first: the folder opened last before {@code listing} (when it
     * is another one and still there), then the recently read documents that still exist, with
     * their titles.
     */
    private List<Entry> recentDocuments(Path listing) {
        List<Entry> out = new ArrayList<>();
        if (recents == null) {
            return out;
        }
        Path here = real(listing);
        boolean folderOffered = false;
        for (Recent r : recents.list()) {
            if (out.size() >= RECENT) {
                break;
            }
            if (r.folder()) {
                if (!folderOffered && !r.path().equals(here) && Files.isDirectory(r.path())) {
                    folderOffered = true;
                    out.add(lastFolder(r.path()));
                }
                continue;
            }
            if (!Files.isRegularFile(r.path())) {
                continue;
            }
            try {
                Entry e = new Entry(r.path(), r.path().getFileName().toString(), EntryKind.DOCUMENT, Files.size(r.path()),
                        Files.getLastModifiedTime(r.path()).toInstant(), null);
                out.add(e.withHead(Heads.read(r.path())));
            } catch (IOException ignored) {
                // Gone since: not recent any more.
            }
        }
        return out;
    }

    private static Entry lastFolder(Path dir) {
        Path name = dir.getFileName();
        String shown = name == null ? dir.toString() : name.toString();
        Instant modified = Instant.EPOCH;
        try {
            modified = Files.getLastModifiedTime(dir).toInstant();
        } catch (IOException ignored) {
            // The date only sorts; the folder is offered all the same.
        }
        return new Entry(dir, shown, EntryKind.FOLDER, 0, modified, shown + "/");
    }

    private void openFolder(Effect.OpenFolder request) {
        for (String name : FOLDER_DOCUMENTS) {
            Path doc = request.dir().resolve(name);
            if (Files.isRegularFile(doc)) {
                post(EffectWorker.loaded(loader, new Effect.Load(doc, "", Effect.Load.Reason.FOLLOW)));
                return;
            }
        }
        list(new Effect.ListFolder(request.dir(), null, false));
    }

    private void find(Effect.FindCollection request) {
        Path doc = request.document();
        if (recents != null) {
            recents.opened(new Recent(real(doc), false, Instant.now()));
        }
        ReadingOrder order = collections.orderOf(doc);
        // A collection (it has an index file) is searched as a whole: have its index ready.
        order.index().map(Path::getParent).ifPresent(indexing::prepare);
        Head head = Heads.read(doc);
        Path key = order.index().orElse(doc.getParent());
        Originals known = originals.get(key);
        post(new Msg.CollectionFound(doc, order, known == null ? Originals.empty() : known, head.sourceUrl()));
        if (request.restore() && memory.remember() && positions != null) {
            positions.of(real(doc)).ifPresent(p -> {
                String text = text(doc);
                int line = text.isEmpty() ? p.sourceLine() : p.lineIn(text);
                // The line within the block only when the block is where it was: after edits, its start.
                boolean same = line == p.sourceLine();
                post(new Msg.PositionFound(doc, line, same ? p.run() : 0, same ? p.offset() : 0, false));
            });
        }
        if (known == null) {
            Originals built = Originals.of(order.documents());
            originals.put(key, built);
            if (built.size() > 0) {
                post(new Msg.CollectionFound(doc, order, built, head.sourceUrl()));
            }
        }
    }

    /** Saves at once: the runtime may quit right after. */
    private void save(Effect.SavePosition request) {
        if (!memory.remember() || positions == null) {
            return;
        }
        Path doc = real(request.document());
        positions.save(new Position(doc, request.sourceLine(), lineText(doc, request.sourceLine()), Instant.now(),
                request.run(), request.offset()));
    }

    private void addBookmark(Effect.AddBookmark request) {
        if (bookmarks == null) {
            post(new Msg.Notice("bookmarks are not kept in this session", true));
            return;
        }
        bookmarks.add(new Bookmark(real(request.document()), request.sourceLine(), request.section(), request.text(), Instant.now()));
    }

    /** The text of a source line (the anchor a position is found by after edits). */
    private static String lineText(Path file, int line) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = null;
            for (int i = 0; i < line; i++) {
                text = in.readLine();
                if (text == null) {
                    return "";
                }
            }
            return text == null ? "" : text.strip();
        } catch (IOException | RuntimeException e) {
            return ""; // not UTF-8 or unreadable: the line number alone will do
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Path real(Path p) {
        return RealPath.of(p);
    }

    private void notice(String text) {
        if (told.add(text)) {
            post(new Msg.Notice(text, true));
        }
    }

    private void post(Msg msg) {
        events.accept(new Event.Deliver(msg));
    }

    private void submit(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A bug here must not take the reader down with it: say so and go on.
                post(new Msg.Notice("collection: " + e, true));
            }
        });
    }

    /** Used by the viewer's source convention: a library view's source is its folder. */
    static boolean isFolder(Source source) {
        return source != null && source.path() != null && source.path().equals(source.base());
    }

    @Override
    public void close() {
        executor.shutdownNow();
        indexing.close();
    }
}
