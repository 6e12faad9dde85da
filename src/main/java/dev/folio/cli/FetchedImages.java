package dev.folio.cli;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import dev.folio.image.ImageFiles;
import dev.folio.image.RemoteCopies;
import dev.folio.web.WebException;
import dev.folio.web.WebSession;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The remote images ({@code http:}, {@code https:}) of the documents the viewer shows, fetched
 * through this run's {@link WebSession} (its client, cache, timeouts, size limit, redirect
 * rules) when a document is loaded, before it is laid out, so the layout knows their sizes and
 * never jumps. Always called off the UI thread: by the loader of a linked or web document, or
 * before the viewer starts. Each copy is a file in a folder of this run, gone at exit.
 */
final class FetchedImages implements RemoteCopies {
    /** At most this many remote images per document are fetched; the rest keep their text line. */
    static final int MAX_PER_DOCUMENT = 64;
    private static final int PARALLEL = 4;

    private final WebSession session;
    private final Map<String, Path> copies = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private Path folder;

    FetchedImages(WebSession session) {
        this.session = session;
    }

    @Override
    public Optional<Path> copy(String url) {
        return Optional.ofNullable(copies.get(url.strip()));
    }

    @Override
    public Optional<String> failure(String url) {
        return Optional.ofNullable(failures.get(url.strip()));
    }

    /** Fetches the remote images of {@code doc} not fetched yet, a few at a time; returns when all are in or failed. */
    void fetchAll(Document doc) throws InterruptedException {
        List<String> wanted = new ArrayList<>();
        for (String target : targets(doc)) {
            if (!copies.containsKey(target) && !failures.containsKey(target) && wanted.size() < MAX_PER_DOCUMENT) {
                wanted.add(target);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, wanted.size()), r -> {
            Thread t = new Thread(r, "folio-image-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String target : wanted) {
                running.add(pool.submit(() -> {
                    fetch(target);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // fetch records its own failures; anything else leaves the text line
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void fetch(String target) throws InterruptedException {
        try {
            byte[] bytes = session.image(URI.create(target));
            // SVG is told by its name; other formats by their bytes.
            Path file = Files.createTempFile(folder(), "image-", looksLikeXml(bytes) ? ".svg" : ".bin");
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            copies.put(target, file);
        } catch (WebException e) {
            failures.put(target, e.why());
        } catch (IOException | IllegalArgumentException e) {
            failures.put(target, "cannot be fetched");
        }
    }

    private static boolean looksLikeXml(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }

    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("folio-images-");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    /** The {@code http:} and {@code https:} image targets of {@code doc}, in order, once each. */
    static Set<String> targets(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        blocks(doc.blocks(), out);
        return out;
    }

    private static void blocks(List<Block> blocks, Set<String> out) {
        for (Block b : blocks) {
            block(b, out);
        }
    }

    private static void block(Block b, Set<String> out) {
        if (b instanceof Block.Heading h) {
            inlines(h.content(), out);
        } else if (b instanceof Block.Paragraph p) {
            inlines(p.content(), out);
        } else if (b instanceof Block.Quote q) {
            blocks(q.children(), out);
        } else if (b instanceof Block.Alert a) {
            inlines(a.title(), out);
            blocks(a.children(), out);
        } else if (b instanceof Block.Aligned a) {
            blocks(a.children(), out);
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(i -> blocks(i.children(), out));
        } else if (b instanceof Block.Table t) {
            t.header().forEach(row -> row.forEach(cell -> inlines(cell, out)));
            t.body().forEach(row -> row.forEach(cell -> inlines(cell, out)));
        } else if (b instanceof Block.DefinitionList d) {
            for (Block.Definition def : d.definitions()) {
                inlines(def.term(), out);
                def.definitions().forEach(c -> blocks(c, out));
            }
        } else if (b instanceof Block.Details d) {
            inlines(d.summary(), out);
            blocks(d.children(), out);
        } else if (b instanceof Block.Footnotes f) {
            f.notes().forEach(n -> blocks(n.content(), out));
        }
    }

    private static void inlines(List<Inline> inlines, Set<String> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Media m && (m.kind() == MediaKind.IMAGE || m.kind() == MediaKind.SVG)
                    && ImageFiles.isRemote(m.target())) {
                out.add(m.target().strip());
            } else if (i instanceof Inline.Link l) {
                inlines(l.children(), out);
            } else if (i instanceof Inline.Styled s) {
                inlines(s.children(), out);
            }
        }
    }
}
