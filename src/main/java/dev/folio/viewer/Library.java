package dev.folio.viewer;

import dev.folio.library.Entry;
import dev.folio.library.Filter;
import dev.folio.library.SortKey;
import dev.folio.library.Sorting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library view of a folder: its entries (titles filling in as they are read), the recent
 * documents shown first while nothing is typed, the filter, the sort and the selected entry.
 * Immutable; every change keeps the same entry selected when it is still shown.
 *
 * @param recent    recently read documents, shown above the folder's entries while the filter is empty
 * @param shown     what the list shows now: recent then entries, or the filter's matches
 * @param selection index into {@code shown}
 */
public record Library(Path dir, List<Entry> entries, List<Entry> recent, SortKey sort, String filter,
                      List<Entry> shown, int selection) {
    /** Recent documents shown at the top of the list. */
    static final int RECENT_SHOWN = 5;

    public Library {
        entries = List.copyOf(entries);
        recent = List.copyOf(recent);
        shown = List.copyOf(shown);
    }

    /** A folder's listing, with {@code select} selected when it is there (else the first entry). */
    public static Library of(Path dir, List<Entry> entries, List<Entry> recent, Path select) {
        List<Entry> sorted = Sorting.sorted(entries, SortKey.NAME);
        List<Entry> firstRecent = recent.subList(0, Math.min(RECENT_SHOWN, recent.size()));
        Library l = new Library(dir, sorted, firstRecent, SortKey.NAME, "", List.of(), 0).refiltered(null);
        return select == null ? l : l.selecting(select);
    }

    public Optional<Entry> selected() {
        return selection >= 0 && selection < shown.size() ? Optional.of(shown.get(selection)) : Optional.empty();
    }

    /** Whether the row at {@code index} of {@link #shown} is one of the recent documents. */
    public boolean isRecentRow(int index) {
        return filter.isBlank() && index < recent.size();
    }

    /** How many entries still wait for their title. */
    public int titlesPending() {
        int n = 0;
        for (Entry e : entries) {
            if (!e.titleKnown()) {
                n++;
            }
        }
        return n;
    }

    Library typed(String text) {
        return withFilter(filter + text);
    }

    /** The filter without its last character. */
    Library erased() {
        if (filter.isEmpty()) {
            return this;
        }
        int cut = filter.offsetByCodePoints(filter.length(), -1);
        return withFilter(filter.substring(0, cut));
    }

    Library withFilter(String newFilter) {
        Path keep = selected().map(Entry::path).orElse(null);
        Library l = new Library(dir, entries, recent, sort, newFilter, List.of(), 0).refiltered(null);
        // Typing narrows to the best match: the first one. Erasing keeps the entry that was selected.
        return newFilter.length() < filter.length() && keep != null ? l.selecting(keep) : l;
    }

    Library nextSort() {
        Path keep = selected().map(Entry::path).orElse(null);
        SortKey next = sort.next();
        return new Library(dir, Sorting.sorted(entries, next), recent, next, filter, List.of(), 0).refiltered(keep);
    }

    Library moved(int delta) {
        if (shown.isEmpty()) {
            return this;
        }
        int to = Math.max(0, Math.min(shown.size() - 1, selection + delta));
        return new Library(dir, entries, recent, sort, filter, shown, to);
    }

    Library movedTo(int index) {
        return moved(index - selection);
    }

    /** Entries whose titles have been read replace the same paths' entries. */
    public Library withTitles(List<Entry> read) {
        Map<Path, Entry> byPath = new HashMap<>(read.size() * 2);
        for (Entry e : read) {
            byPath.put(e.path(), e);
        }
        List<Entry> updated = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            updated.add(byPath.getOrDefault(e.path(), e));
        }
        List<Entry> updatedRecent = new ArrayList<>(recent.size());
        for (Entry e : recent) {
            updatedRecent.add(byPath.getOrDefault(e.path(), e));
        }
        Path keep = selected().map(Entry::path).orElse(null);
        List<Entry> sorted = sort == SortKey.NAME ? updated : Sorting.sorted(updated, sort);
        return new Library(dir, sorted, updatedRecent, sort, filter, List.of(), 0).refiltered(keep);
    }

    /** The same list with the entry at {@code path} selected (the first shown row of it). */
    Library selecting(Path path) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).path().equals(path) && !isRecentRow(i)) {
                return new Library(dir, entries, recent, sort, filter, shown, i);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).path().equals(path)) {
                return new Library(dir, entries, recent, sort, filter, shown, i);
            }
        }
        return this;
    }

    private Library refiltered(Path keep) {
        List<Entry> list;
        if (filter.isBlank()) {
            list = new ArrayList<>(recent.size() + entries.size());
            list.addAll(recent);
            list.addAll(entries);
        } else {
            list = Filter.apply(entries, filter, dir);
        }
        Library l = new Library(dir, entries, recent, sort, filter, list, 0);
        return keep == null ? l : l.selecting(keep);
    }
}
