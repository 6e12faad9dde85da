package dev.folio.library;

import dev.folio.input.DecodeException;
import dev.folio.input.Decoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The full-text index of one collection, under {@code $XDG_CACHE_HOME/folio/search/}: one Lucene
 * document per file (its relative path, size, time, title, source address and text). It is
 * brought up to date by size and modification time, so only new and changed files are read; an
 * index that cannot be read (broken, half-written, from another version) is deleted and built
 * again, and the update says so. Another folio updating the same index at the same moment is
 * not waited for: the search uses what the index holds.
 */
public final class SearchIndex implements Closeable {
    static final String PATH = "path";
    static final String SIZE = "size";
    static final String MODIFIED = "modified";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String BODY = "body";
    /** Files larger than this are not indexed (a log, a dump: not an article). */
    static final long MAX_FILE = 16L << 20;

    private final Path root;
    private final Path dir;
    private final Analyzer analyzer = TextAnalysis.analyzer();

    private SearchIndex(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    /**
     * The index of the collection at {@code root}, kept under {@code cacheDir} (folio's cache
     * folder, {@code $XDG_CACHE_HOME/folio}). Nothing is read or built until {@link #update}.
     */
    /**
     * Lucene tells through java.util.logging which index input and vector support it chose,
     * which would land on stderr and on the viewer's screen; its failures come as exceptions.
     * Held here so the logger (and its level) is not collected.
     */
    private static final java.util.logging.Logger QUIET = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.apache.lucene");
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    public static SearchIndex of(Path root, Path cacheDir) {
        Path real = RealPath.of(root);
        return new SearchIndex(real, cacheDir.resolve("search").resolve(digest(real.toString())));
    }

    public Path root() {
        return root;
    }

    /** Where the index files are. */
    public Path directory() {
        return dir;
    }

    /**
     * Brings the index up to date with the files under the root: reads new and changed files,
     * drops removed ones. Rebuilds an unreadable index from scratch.
     *
     * @throws IOException when the collection cannot be listed or the cache cannot be written
     */
    public UpdateReport update(IndexProgress progress) throws IOException {
        List<CollectionFiles.File> files = CollectionFiles.under(root);
        List<String> notices = new ArrayList<>();
        try {
            return update(files, progress, notices);
        } catch (LockObtainFailedException locked) {
            notices.add("another folio is updating the search index; searching what it holds");
            return new UpdateReport(count(), 0, 0, notices);
        } catch (IOException | RuntimeException broken) {
            // Corrupt, half-written, an older format: the index is a cache, so build it again.
            notices.add("the search index was unreadable (" + reason(broken) + "); rebuilt it");
            deleteIndexFiles();
            return update(files, progress, notices);
        }
    }

    private UpdateReport update(List<CollectionFiles.File> files, IndexProgress progress, List<String> notices)
            throws IOException {
        Files.createDirectories(dir);
        writeLabel();
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, config())) {
            Map<String, long[]> indexed = stamps(writer);
            Map<String, CollectionFiles.File> present = new HashMap<>();
            for (CollectionFiles.File f : files) {
                present.put(relative(f.path()), f);
            }
            int removed = 0;
            for (String path : indexed.keySet()) {
                if (!present.containsKey(path)) {
                    writer.deleteDocuments(new Term(PATH, path));
                    removed++;
                }
            }
            int added = 0;
            int done = 0;
            progress.progress(0, files.size());
            for (CollectionFiles.File f : files) {
                if (progress.cancelled()) {
                    break; // committed below: the next update starts where this one stopped
                }
                String path = relative(f.path());
                long[] stamp = indexed.get(path);
                if (stamp == null || stamp[0] != f.size() || stamp[1] != f.modified()) {
                    Document doc = document(f, path);
                    if (doc != null) {
                        writer.updateDocument(new Term(PATH, path), doc);
                        added++;
                    } else if (stamp != null) {
                        writer.deleteDocuments(new Term(PATH, path));
                        removed++;
                    }
                }
                if (++done % 64 == 0 || done == files.size()) {
                    progress.progress(done, files.size());
                }
            }
            if (added > 0 || removed > 0 || indexed.isEmpty()) {
                writer.commit();
            }
            return new UpdateReport(writer.getDocStats().numDocs, added, removed, notices);
        }
    }

    /** Searches the index as it is (call {@link #update} first). */
    public SearchResult search(String query, int limit) throws IOException {
        return new IndexSearch(root, dir, analyzer).search(query, limit);
    }

    private IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(32);
        config.setCommitOnClose(false);
        return config;
    }

    /** path → {size, modified} of every document in the index. */
    private static Map<String, long[]> stamps(IndexWriter writer) throws IOException {
        Map<String, long[]> stamps = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document d = stored.document(i, java.util.Set.of(PATH, SIZE, MODIFIED));
                    stamps.put(d.get(PATH), new long[] {
                        d.getField(SIZE).numericValue().longValue(), d.getField(MODIFIED).numericValue().longValue()});
                }
            }
        }
        return stamps;
    }

    /** The Lucene document for a file, or null when it is not text or too large. */
    private static Document document(CollectionFiles.File f, String path) {
        if (f.size() > MAX_FILE) {
            return null;
        }
        String text;
        try {
            text = Decoder.decode(Files.readAllBytes(f.path())).text();
        } catch (IOException | DecodeException | RuntimeException e) {
            return null;
        }
        Head head = Heads.parse(text.length() > Heads.HEAD_BYTES ? text.substring(0, Heads.HEAD_BYTES) : text);
        String title = head.title() != null ? head.title() : f.path().getFileName().toString();
        Document doc = new Document();
        doc.add(new StringField(PATH, path, Field.Store.YES));
        doc.add(new StoredField(SIZE, f.size()));
        doc.add(new StoredField(MODIFIED, f.modified()));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        if (head.sourceUrl() != null) {
            doc.add(new StoredField(SOURCE, head.sourceUrl()));
        }
        doc.add(new TextField(BODY, text, Field.Store.NO));
        return doc;
    }

    /** How many documents the index holds (0 when it cannot be read). */
    private int count() {
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private void deleteIndexFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A file a person can read, saying which collection this index is of. */
    private void writeLabel() throws IOException {
        Path label = dir.resolve("collection.txt");
        if (!Files.exists(label)) {
            Files.writeString(label, "folio search index of " + root + "\n", StandardCharsets.UTF_8);
        }
    }

    String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String reason(Throwable t) {
        String m = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (m == null || m.isBlank()) {
            return name;
        }
        return m.length() > 80 ? m.substring(0, 80) + "…" : m;
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
