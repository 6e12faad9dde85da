package dev.folio.library;

import dev.folio.input.DecodeException;
import dev.folio.input.Decoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One search of an index: BM25 over title (counted double) and text. A run of Chinese is a
 * phrase (its bigrams in order), words are all required, {@code "quoted words"} are a phrase;
 * when requiring every word finds nothing, any word will do. Query syntax the user did not
 * mean (an unbalanced quote, a lone {@code AND}) is searched as plain words, never an error.
 */
final class IndexSearch {
    private final Path root;
    private final Path dir;
    private final Analyzer analyzer;

    IndexSearch(Path root, Path dir, Analyzer analyzer) {
        this.root = root;
        this.dir = dir;
        this.analyzer = analyzer;
    }

    SearchResult search(String text, int limit) throws IOException {
        if (text.isBlank() || !Files.isDirectory(dir)) {
            return new SearchResult(List.of(), 0, List.of());
        }
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = parse(text, QueryParser.Operator.AND);
            TopDocs top = searcher.search(query, Math.max(1, limit));
            if (top.totalHits.value == 0) {
                query = parse(text, QueryParser.Operator.OR);
                top = searcher.search(query, Math.max(1, limit));
            }
            BestLine best = new BestLine(query, analyzer);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                Path path = root.resolve(d.get(SearchIndex.PATH));
                hits.add(best.of(path, d.get(SearchIndex.TITLE), read(path), sd.score));
            }
            return new SearchResult(hits, top.totalHits.value, List.of());
        } catch (IndexNotFoundException e) {
            return new SearchResult(List.of(), 0, List.of("the search index is empty"));
        }
    }

    private Query parse(String text, QueryParser.Operator operator) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {SearchIndex.TITLE, SearchIndex.BODY}, analyzer,
                Map.of(SearchIndex.TITLE, 2f, SearchIndex.BODY, 1f));
        parser.setDefaultOperator(operator);
        // 云原生架构 is one run of characters: find it as written, not its bigrams anywhere.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException | RuntimeException again) {
                return new org.apache.lucene.search.MatchNoDocsQuery();
            }
        }
    }

    private static String read(Path path) {
        try {
            return Decoder.decode(Files.readAllBytes(path)).text();
        } catch (IOException | DecodeException | RuntimeException e) {
            return "";
        }
    }
}
