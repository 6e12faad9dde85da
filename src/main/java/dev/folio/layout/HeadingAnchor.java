package dev.folio.layout;

/** A heading as laid out: its level, plain text, anchor slug and the page line it starts on. */
public record HeadingAnchor(int level, String text, String anchor, int line) {}
