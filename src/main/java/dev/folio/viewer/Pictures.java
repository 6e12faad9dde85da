package dev.folio.viewer;

import dev.folio.doc.MediaKind;
import dev.folio.layout.ImageBox;
import dev.folio.layout.MediaItem;
import dev.folio.layout.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Images in the viewer: which parts of which pictures a frame shows (the runtime decodes and
 * draws them; the core never sees a pixel), the key that turns them off and on, and the
 * full-screen view of one image.
 */
final class Pictures {
    private Pictures() {}

    /** The pictures of the frame for {@code s}: the visible rows of every box, or the one full-screen image. */
    static List<Frame.Picture> of(ViewerState s) {
        List<MediaItem> media = s.page().media();
        if (s.mode() == Mode.IMAGE) {
            if (s.selection() < 0 || s.selection() >= media.size()) {
                return List.of();
            }
            return List.of(new Frame.Picture(media.get(s.selection()).target(), 0, 0, s.width(), s.pageRows(), 0,
                    s.pageRows(), Frame.Fit.SCREEN));
        }
        // Panels and link numbers are drawn over the page: pictures would cover them.
        if (!s.env().layout().drawsImages() || s.mode().isOverlay() || s.mode() == Mode.HINTS) {
            return List.of();
        }
        List<Frame.Picture> out = new ArrayList<>();
        int top = s.top();
        int bottom = top + s.pageRows();
        for (MediaItem item : media) {
            ImageBox box = item.box();
            if (!box.isPresent()) {
                continue;
            }
            int first = Math.max(box.firstLine(), top);
            int last = Math.min(box.firstLine() + box.rows(), bottom);
            if (first < last) {
                out.add(new Frame.Picture(item.target(), first - top, s.columnLeft() + box.column(), box.columns(),
                        last - first, first - box.firstLine(), box.rows(), Frame.Fit.BOX));
            }
        }
        return out;
    }

    /** Images off (their text lines stay) or on again; the text at the top of the screen stays there. */
    static Step toggle(ViewerState s) {
        PageLayout now = s.env().layout();
        PageLayout other = now.toggledImages();
        if (other == now || other.equals(now)) {
            return Step.of(s.withStatus(Status.info("no images here (--images, colour)")));
        }
        if (s.source() == null) {
            return Step.of(s.withEnv(s.env().withLayout(other)));
        }
        TextAnchor place = TextAnchor.at(s.page(), s.top());
        Page page = other.layout(s.document(), s.columnWidth(), s.source());
        ViewerState laid = s.withEnv(s.env().withLayout(other)).withDocument(s.source(), s.document(), page);
        laid = laid.withTop(place.lineIn(page)).withFocus(s.focus() < page.links().size() ? s.focus() : ViewerState.NO_FOCUS)
                .withSearch(Reflow.research(s.search(), page));
        return Step.of(laid.withStatus(Status.info(other.drawsImages() ? "images on" : "images off")));
    }

    /** The selected image, else the first one on screen, full-screen. */
    static Step view(ViewerState s) {
        int chosen = chosen(s);
        if (chosen < 0) {
            return Step.of(s.withStatus(Status.info("no image on the screen")));
        }
        MediaItem item = s.page().media().get(chosen);
        ViewerState shown = s.withMode(Mode.IMAGE).withSelection(chosen);
        if (item.link() >= 0) {
            shown = shown.withFocus(item.link());    // so the open-externally key opens this image
        }
        return Step.of(shown.withStatus(Status.info(Following.shown(item.label()) + " — Esc returns")));
    }

    /** Keys in the full-screen view: the external-open key still opens the image; the others return. */
    static Step key(ViewerState s, Action action) {
        switch (action) {
            case OPEN_EXTERNALLY:
                return Following.followFocused(s.reading(), Following.Intent.EXTERNAL);
            case CLOSE:
            case QUIT:
            case VIEW_IMAGE:
            case FOLLOW:
            case TOGGLE_IMAGES:
                return Step.of(s.reading());
            default:
                return Step.of(s);
        }
    }

    private static int chosen(ViewerState s) {
        List<MediaItem> media = s.page().media();
        if (s.hasFocus()) {
            for (int i = 0; i < media.size(); i++) {
                if (media.get(i).link() == s.focus() && isImage(media.get(i))) {
                    return i;
                }
            }
        }
        for (int i = 0; i < media.size(); i++) {
            MediaItem item = media.get(i);
            boolean onScreen = s.isVisible(item.line()) || item.box().isPresent()
                    && item.box().firstLine() < s.top() + s.pageRows() && item.box().firstLine() + item.box().rows() > s.top();
            if (isImage(item) && !item.target().isEmpty() && onScreen) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isImage(MediaItem item) {
        return item.kind() == MediaKind.IMAGE || item.kind() == MediaKind.SVG;
    }
}
