package dev.folio.layout;

import dev.folio.doc.MediaKind;

/**
 * A media item of the page (image, audio, video, embedded): what the media list shows.
 *
 * @param link the id of its {@link LinkRegion}, or {@link Span#NO_LINK} when it has no target
 */
public record MediaItem(MediaKind kind, String target, String label, int line, int link) {}
