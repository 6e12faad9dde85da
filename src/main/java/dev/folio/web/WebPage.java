package dev.folio.web;

import dev.folio.doc.Document;
import java.net.URI;

/**
 * A web document ready to show: where it is (after redirects, with the fragment asked for), its
 * document (links absolute), and a note for the reader when it is a cached copy shown offline.
 */
public record WebPage(URI url, ContentKind kind, Document document, String note, Fetched fetched) {}
