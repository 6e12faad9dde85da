package dev.folio.html;

import dev.folio.doc.Document;

/**
 * The reader view of an HTML page: the article as a {@link Document} (front matter with the
 * metadata first, then the article's blocks; links and images absolute), and the metadata the
 * page gave. Each metadata field is empty when the page did not say.
 */
public record HtmlDocument(Document document, String title, String site, String author, String date) {}
