package dev.folio.open;

/** What kind of thing an external target is, which decides the opener ($BROWSER for web pages; the system opener for the rest). */
public enum TargetKind { WEB, MAIL, IMAGE, AUDIO, VIDEO, DOCUMENT, OTHER }
