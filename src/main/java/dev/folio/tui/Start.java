package dev.folio.tui;

import dev.folio.viewer.ViewerOptions;
import dev.folio.doc.Document;
import dev.folio.viewer.Source;

/** What the viewer opens with: the first document, where it came from, and how to show it. */
public record Start(Source source, Document document, ViewerOptions options) {}
