package dev.folio.library;

import java.util.List;

/**
 * What updating a search index did.
 *
 * @param documents documents the index holds now
 * @param added     documents read because they were new or had changed
 * @param removed   documents dropped because their file is gone
 * @param notices   what the user should be told (the index was rebuilt and why, it was locked)
 */
public record UpdateReport(int documents, int added, int removed, List<String> notices) {
    public UpdateReport {
        notices = List.copyOf(notices);
    }
}
