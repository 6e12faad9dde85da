package dev.folio.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders a listing: folders first, then by the sort key; file names in natural order (a2 before a10). */
public final class Sorting {
    private Sorting() {}

    public static Comparator<Entry> comparator(SortKey key) {
        Comparator<Entry> foldersFirst = Comparator.comparing(e -> e.kind() != EntryKind.FOLDER);
        Comparator<Entry> byName = (a, b) -> natural(a.name(), b.name());
        return switch (key) {
            case NAME -> foldersFirst.thenComparing(byName);
            case TITLE -> foldersFirst.thenComparing((a, b) -> titleOrder(a.shownTitle(), b.shownTitle())).thenComparing(byName);
            // Newest first: what one looks for when sorting by date.
            case DATE -> foldersFirst.thenComparing(Entry::modified, Comparator.reverseOrder()).thenComparing(byName);
        };
    }

    public static List<Entry> sorted(List<Entry> entries, SortKey key) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(comparator(key));
        return copy;
    }

    /** Case-insensitive, then natural: cheap enough to re-sort 15,000 titles on a key. */
    private static int titleOrder(String a, String b) {
        int c = a.compareToIgnoreCase(b);
        return c != 0 ? c : natural(a, b);
    }

    /** Compares names with runs of digits by value: {@code 2.md} before {@code 10.md}. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareDigits(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
                continue;
            }
            int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /**
     * Two runs of digits by value, {@code a[ai, aEnd)} and {@code b[bi, bEnd)}: leading zeros
     * skipped, then the longer run is larger, else the first differing digit decides. No
     * allocation: sorting 15,000 names makes about 200,000 comparisons.
     */
    private static int compareDigits(String a, int ai, int aEnd, String b, int bi, int bEnd) {
        while (ai < aEnd - 1 && a.charAt(ai) == '0') {
            ai++;
        }
        while (bi < bEnd - 1 && b.charAt(bi) == '0') {
            bi++;
        }
        int c = Integer.compare(aEnd - ai, bEnd - bi);
        for (int k = 0; c == 0 && ai + k < aEnd; k++) {
            c = Character.compare(a.charAt(ai + k), b.charAt(bi + k));
        }
        return c;
    }
}
