package dev.folio.layout;

import dev.folio.doc.Block.ListBlock;
import dev.folio.doc.Block.ListItem;
import dev.folio.doc.Block.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists: bullets {@code • ◦ ▪} by depth, numbers right-aligned, task boxes {@code ☐ ☑}, and a
 * hanging indent as wide as the widest marker, so every item's text starts in one column.
 */
final class ListLayout {
    private ListLayout() {}

    static void schedule(ListBlock list, int depth, BlockWalker walker) {
        List<ListItem> items = list.items();
        List<List<Span>> markers = markers(list, depth);
        Emitter out = walker.context().out();
        for (int i = items.size() - 1; i >= 0; i--) {
            ListItem item = items.get(i);
            Gutter gutter = Gutter.marker(markers.get(i), Role.LIST_MARKER);
            walker.next(() -> walker.enter(gutter, () -> {
                if (item.children().isEmpty()) {
                    out.emit(Row.EMPTY, list.line());
                } else {
                    walker.schedule(item.children(), !list.tight(), depth + 1);
                }
            }));
            if (i > 0 && !list.tight()) {
                walker.next(out::requestBlank);
            }
        }
    }

    /** Each item's marker, padded to one width. */
    static List<List<Span>> markers(ListBlock list, int depth) {
        List<ListItem> items = list.items();
        int numberWidth = 0;
        if (list.ordered() && !items.isEmpty()) {
            long last = (long) list.start() + items.size() - 1;
            numberWidth = Math.max(Long.toString(list.start()).length(), Long.toString(last).length()) + 1;
        }
        List<List<Span>> markers = new ArrayList<>(items.size());
        int widest = 0;
        for (int i = 0; i < items.size(); i++) {
            List<Span> m = new ArrayList<>(4);
            Task task = items.get(i).task();
            if (list.ordered()) {
                String number = ((long) list.start() + i) + ".";
                m.add(new Span(Fill.spaces(numberWidth - number.length()) + number, Role.LIST_MARKER));
                m.add(new Span(" ", Role.INDENT));
            } else if (task == Task.NONE) {
                m.add(new Span(Glyphs.bullet(depth) + " ", Role.LIST_MARKER));
            }
            if (task == Task.OPEN) {
                m.add(new Span(Glyphs.TASK_OPEN, Role.TASK_OPEN));
                m.add(new Span(" ", Role.INDENT));
            } else if (task == Task.DONE) {
                m.add(new Span(Glyphs.TASK_DONE, Role.TASK_DONE));
                m.add(new Span(" ", Role.INDENT));
            }
            markers.add(m);
            widest = Math.max(widest, width(m));
        }
        for (List<Span> m : markers) {
            int missing = widest - width(m);
            if (missing > 0) {
                m.add(new Span(Fill.spaces(missing), Role.INDENT));
            }
        }
        return markers;
    }

    private static int width(List<Span> spans) {
        int w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        return w;
    }

}
