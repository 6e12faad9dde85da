package dev.folio.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;

/**
 * How text is cut into terms, the same for indexing and querying: Unicode word rules, full-
 * and half-width forms folded, lower case, and Chinese, Japanese and Korean as overlapping
 * bigrams (so {@code 云原生} is {@code 云原 原生}, found wherever that run is written). No
 * stop words: a search for "the cloud" finds the phrase.
 */
final class TextAnalysis {
    private TextAnalysis() {}

    static Analyzer analyzer() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }
}
