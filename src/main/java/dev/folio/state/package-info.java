/**
 * What folio remembers between runs: reading positions and recent documents under
 * {@code $XDG_STATE_HOME/folio/}, bookmarks under {@code $XDG_DATA_HOME/folio/}. Each is a
 * tab-separated text file a person can read. Every change is a locked read-merge-write with an
 * atomic rename, so two folio processes lose nothing of each other's; a corrupt file is set
 * aside (and said so once), never a crash; each file is bounded.
 */
package dev.folio.state;
