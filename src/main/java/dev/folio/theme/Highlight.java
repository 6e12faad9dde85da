package dev.folio.theme;

/**
 * What the viewer draws over a layout role (focused link, search match, status line, overlay),
 * in the order a theme should prefer them. Kept here, below the viewer, so that themes map them to
 * styles without knowing the viewer.
 */
public enum Highlight {
    NONE, FOCUSED_LINK, MATCH, CURRENT_MATCH, HINT,
    STATUS, STATUS_DIM, STATUS_MESSAGE, STATUS_ERROR,
    OVERLAY, OVERLAY_TITLE, OVERLAY_SELECTED, OVERLAY_DIM, PROMPT
}
