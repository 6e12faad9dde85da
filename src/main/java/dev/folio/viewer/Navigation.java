package dev.folio.viewer;

import dev.folio.layout.HeadingAnchor;
import dev.folio.layout.Line;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.Span;
import java.util.ArrayList;
import java.util.List;

/** Moving through the page: scrolling, headings, and which link has the focus. */
final class Navigation {
    private Navigation() {}

    static ViewerState scrollBy(ViewerState s, int lines) {
        return s.withTop(s.top() + lines);
    }

    static int halfPage(ViewerState s) {
        return Math.max(1, s.pageRows() / 2);
    }

    static int fullPage(ViewerState s) {
        return Math.max(1, s.pageRows());
    }

    /** Scrolls as little as possible so that lines {@code first..last} are on screen (first wins). */
    static ViewerState reveal(ViewerState s, int first, int last) {
        int rows = Math.max(1, s.pageRows());
        if (first < s.top()) {
            return s.withTop(first);
        }
        if (last >= s.top() + rows) {
            return s.withTop(Math.min(first, last - rows + 1));
        }
        return s;
    }

    static ViewerState revealLink(ViewerState s, LinkRegion link) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (LinkRegion.Part p : link.parts()) {
            first = Math.min(first, p.line());
            last = Math.max(last, p.line());
        }
        return last < 0 ? s : reveal(s, first, last);
    }

    static boolean isVisible(ViewerState s, LinkRegion link) {
        for (LinkRegion.Part p : link.parts()) {
            if (s.isVisible(p.line())) {
                return true;
            }
        }
        return false;
    }

    /** The links with a part on screen, in reading order. */
    static List<LinkRegion> visibleLinks(ViewerState s) {
        List<LinkRegion> out = new ArrayList<>();
        for (LinkRegion link : s.page().links()) {
            if (isVisible(s, link)) {
                out.add(link);
            }
        }
        return out;
    }

    /**
     * Tab: the link after the focused one; when the focus is off screen (or there is none), the
     * first link from the top of the screen on. Wraps from the last link to the first.
     */
    static ViewerState nextLink(ViewerState s) {
        List<LinkRegion> links = s.page().links();
        if (links.isEmpty()) {
            return s.withStatus(Status.info("no links in this document"));
        }
        int next = -1;
        if (s.hasFocus() && isVisible(s, links.get(s.focus()))) {
            next = s.focus() + 1;
        } else {
            for (LinkRegion link : links) {
                if (lastLine(link) >= s.top()) {
                    next = link.id();
                    break;
                }
            }
        }
        boolean wrapped = next < 0 || next >= links.size();
        ViewerState focused = focus(s, wrapped ? 0 : next);
        return wrapped ? focused.withStatus(Status.info("wrapped to the first link")) : focused;
    }

    /** Shift-Tab: the mirror of {@link #nextLink}; wraps from the first link to the last. */
    static ViewerState previousLink(ViewerState s) {
        List<LinkRegion> links = s.page().links();
        if (links.isEmpty()) {
            return s.withStatus(Status.info("no links in this document"));
        }
        int previous = -1;
        if (s.hasFocus() && isVisible(s, links.get(s.focus()))) {
            previous = s.focus() - 1;
        } else {
            int bottom = s.top() + s.pageRows();
            for (LinkRegion link : links) {
                if (link.firstLine() < bottom) {
                    previous = link.id();
                }
            }
        }
        boolean wrapped = previous < 0;
        ViewerState focused = focus(s, wrapped ? links.size() - 1 : previous);
        return wrapped ? focused.withStatus(Status.info("wrapped to the last link")) : focused;
    }

    /** Focuses a link and scrolls it into view. */
    static ViewerState focus(ViewerState s, int id) {
        return revealLink(s.withFocus(id), s.page().links().get(id));
    }

    private static int lastLine(LinkRegion link) {
        int last = -1;
        for (LinkRegion.Part p : link.parts()) {
            last = Math.max(last, p.line());
        }
        return last;
    }

    /** The link under a cell of the page (0-based line, column within the reading column), or -1. */
    static int linkAt(ViewerState s, int line, int column) {
        if (line < 0 || line >= s.page().size() || column < 0) {
            return -1;
        }
        Line l = s.page().lines().get(line);
        int col = 0;
        for (Span span : l.spans()) {
            if (column < col + span.width()) {
                return span.link();
            }
            col += span.width();
        }
        return -1;
    }

    /** The index in {@code page.headings()} of the section the top line is in, or -1 above the first. */
    static int currentHeading(ViewerState s) {
        List<HeadingAnchor> headings = s.page().headings();
        int lo = 0;
        int hi = headings.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid).line() <= s.top()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** {@code ]}: the first heading below the top line goes to the top. */
    static ViewerState nextHeading(ViewerState s) {
        for (HeadingAnchor h : s.page().headings()) {
            if (h.line() > s.top()) {
                ViewerState moved = s.withTop(h.line());
                return moved.top() == s.top() ? s.withStatus(Status.info("no heading further down")) : moved;
            }
        }
        return s.withStatus(Status.info("no heading further down"));
    }

    /** {@code [}: the last heading above the top line goes to the top. */
    static ViewerState previousHeading(ViewerState s) {
        List<HeadingAnchor> headings = s.page().headings();
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i).line() < s.top()) {
                return s.withTop(headings.get(i).line());
            }
        }
        return s.withStatus(Status.info("no heading further up"));
    }
}
