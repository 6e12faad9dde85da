/**
 * HTML into folio's document model: the only package that imports jsoup. {@link dev.folio.html.Reader}
 * makes the reader view of a web page (its article, cleaned, with title, site, author and date).
 */
package dev.folio.html;
