/**
 * Collections of documents: a folder's entries with their titles, the collection's index and
 * reading order, the web originals its articles were translated from, and full-text search.
 * The only package that imports Apache Lucene; the viewer sees it through small values
 * ({@link dev.folio.library.Entry}, {@link dev.folio.library.ReadingOrder},
 * {@link dev.folio.library.SearchHit}).
 */
package dev.folio.library;
