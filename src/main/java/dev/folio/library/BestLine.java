package dev.folio.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.search.highlight.TokenGroup;

/**
 * The line of a found document that matches the query best: lines holding any of its terms
 * are scored by Lucene's highlighter (which counts a phrase only where it occurs as a phrase),
 * and the matched parts are kept so they can be shown.
 */
final class BestLine {
    /** A longer line is shown cut, around its first match. */
    private static final int MAX_TEXT = 240;
    /** Candidate lines looked at per document: enough for any article, bounded for a huge file. */
    private static final int MAX_CANDIDATES = 200;
    /**
     * Of those, the lines with the most distinct query terms that the highlighter scores: it is
     * the costly part (it indexes each line in memory to see phrases), and a line without most of
     * the terms never wins.
     */
    private static final int SCORED = 6;

    private final Query query;
    private final Analyzer analyzer;
    private final Set<String> terms = new HashSet<>();

    BestLine(Query query, Analyzer analyzer) {
        this.query = query;
        this.analyzer = analyzer;
        query.visit(QueryVisitor.termCollector(new HashSet<Term>() {
            @Override
            public boolean add(Term t) {
                if (t.field().equals(SearchIndex.BODY)) {
                    terms.add(t.text());
                }
                return super.add(t);
            }
        }));
    }

    SearchHit of(Path path, String title, String text, float score) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        // Cheap first: how many distinct terms each line holds; the highlighter then scores the best few.
        List<int[]> candidates = new ArrayList<>(); // {line index, distinct terms}
        for (int i = 0; i < lines.length && candidates.size() < MAX_CANDIDATES; i++) {
            String line = lines[i];
            int found = line.isBlank() ? 0 : termsIn(line);
            if (found > 0) {
                candidates.add(new int[] {i, found});
            }
        }
        candidates.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        List<int[]> scored = new ArrayList<>(candidates.subList(0, Math.min(SCORED, candidates.size())));
        scored.sort((a, b) -> Integer.compare(a[0], b[0])); // in document order, so the first best line wins a tie
        int bestLine = 0;
        float bestScore = 0;
        List<int[]> bestMatches = List.of();
        for (int[] c : scored) {
            List<int[]> matches = new ArrayList<>();
            float s = score(lines[c[0]], matches);
            if (s > bestScore) {
                bestScore = s;
                bestLine = c[0] + 1;
                bestMatches = matches;
            }
        }
        if (bestLine == 0) {
            return new SearchHit(path, title, 0, "", List.of(), score);
        }
        return shown(path, title, bestLine, lines[bestLine - 1], bestMatches, score);
    }

    /** How many of the query's distinct terms the line holds. */
    private int termsIn(String line) {
        try (TokenStream ts = analyzer.tokenStream(SearchIndex.BODY, line)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            Set<String> found = new HashSet<>();
            while (found.size() < terms.size() && ts.incrementToken()) {
                String t = term.toString();
                if (terms.contains(t)) {
                    found.add(t);
                }
            }
            ts.end();
            return found.size();
        } catch (IOException e) {
            return 0;
        }
    }

    private float score(String line, List<int[]> matches) {
        Formatter marks = (String original, TokenGroup group) -> {
            if (group.getTotalScore() > 0) {
                matches.add(new int[] {group.getStartOffset(), group.getEndOffset()});
            }
            return original;
        };
        Highlighter highlighter = new Highlighter(marks, new QueryScorer(query, SearchIndex.BODY));
        highlighter.setTextFragmenter(new NullFragmenter());
        try {
            TextFragment[] fragments = highlighter.getBestTextFragments(
                    analyzer.tokenStream(SearchIndex.BODY, line), line, false, 1);
            return fragments.length == 0 || fragments[0] == null ? 0 : fragments[0].getScore();
        } catch (IOException | InvalidTokenOffsetsException e) {
            return 0;
        }
    }

    /** The line stripped of its indentation and cut to a readable length, the matches moved with it. */
    private static SearchHit shown(Path path, String title, int number, String line, List<int[]> matches, float score) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = line.length();
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end - start > MAX_TEXT) {
            int first = matches.isEmpty() ? start : matches.get(0)[0];
            start = Math.max(start, Math.min(first - MAX_TEXT / 4, end - MAX_TEXT));
            end = Math.min(end, start + MAX_TEXT);
        }
        String text = line.substring(start, end);
        List<int[]> moved = new ArrayList<>();
        for (int[] m : matches) {
            int a = m[0] - start;
            int b = m[1] - start;
            if (a >= 0 && b <= text.length() && a < b) {
                moved.add(new int[] {a, b});
            }
        }
        return new SearchHit(path, title, number, text, moved, score);
    }
}
