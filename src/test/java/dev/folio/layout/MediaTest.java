package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Media: a line of its own with an icon, label and target; a media item and an openable region. */
class MediaTest {

    @Test
    void anImageStandsOnItsOwnLineBetweenText() {
        Page page = layout(40, para(t("before "), media(MediaKind.IMAGE, "img/a.png", "架构图"), t(" after")));
        assertEquals(List.of("before", "▣ 架构图 — img/a.png", "after"), lines(page));
        assertEquals(Role.MEDIA, page.lines().get(1).spans().get(0).role());
    }

    @Test
    void itIsAMediaItemAndAnOpenableRegion() {
        Page page = layout(40, para(t("x")), para(media(MediaKind.AUDIO, "a/song.mp3", "Song")));
        assertEquals(List.of(new MediaItem(MediaKind.AUDIO, "a/song.mp3", "Song", 2, 0)), page.media());
        LinkRegion r = page.links().get(0);
        assertEquals(LinkRegion.Kind.MEDIA, r.kind());
        assertEquals("a/song.mp3", r.target());
        assertEquals(List.of(new LinkRegion.Part(2, 0, page.lines().get(2).width())), r.parts());
    }

    @Test
    void aPlainLinkToAnAudioFileIsAlsoAMediaItemInDocumentOrder() {
        Page page = layout(60, para(link("talk.mp3", t("the podcast"))),
                para(media(MediaKind.IMAGE, "a.png", "pic")), para(link("https://example.com/", t("site"))));
        assertEquals(List.of(MediaKind.AUDIO, MediaKind.IMAGE), page.media().stream().map(MediaItem::kind).toList());
        MediaItem audio = page.media().get(0);
        assertEquals("talk.mp3", audio.target());
        assertEquals("the podcast", audio.label());
        assertEquals(LinkRegion.Kind.LINK, page.links().get(audio.link()).kind());
    }

    @Test
    void eachKindHasItsIcon() {
        assertEquals("▣ i — i.png", lines(layout(40, para(media(MediaKind.IMAGE, "i.png", "i")))).get(0));
        assertEquals("♫ a — a.mp3", lines(layout(40, para(media(MediaKind.AUDIO, "a.mp3", "a")))).get(0));
        assertEquals("▶ v — v.mp4", lines(layout(40, para(media(MediaKind.VIDEO, "v.mp4", "v")))).get(0));
        assertEquals("◇ s — s.svg", lines(layout(40, para(media(MediaKind.SVG, "s.svg", "s")))).get(0));
        assertEquals("▭ f — f.html", lines(layout(40, para(media(MediaKind.FRAME, "f.html", "f")))).get(0));
    }

    @Test
    void withoutAltTextTheFileNameIsTheLabel() {
        Page page = layout(60, para(media(MediaKind.IMAGE, "img/01e4.png?v=2", "")));
        assertEquals(List.of("▣ 01e4.png — img/01e4.png?v=2"), lines(page));
        assertEquals("01e4.png", page.media().get(0).label());
    }

    @Test
    void anInlineSvgWithoutTargetIsListedButNotOpenable() {
        Page page = layout(60, para(t("text")), para(media(MediaKind.SVG, "", "Architecture")));
        assertEquals("◇ Architecture", page.lines().get(2).text());
        assertEquals(List.of(new MediaItem(MediaKind.SVG, "", "Architecture", 2, Span.NO_LINK)), page.media());
        assertEquals(List.of(), page.links());
    }

    @Test
    void aLongMediaLineWrapsAndTheRegionCoversEveryPart() {
        Page page = layout(16, para(media(MediaKind.IMAGE, "pictures/holiday.png", "A view of the sea")));
        assertEquals(List.of("▣ A view of the", "sea —", "pictures/holida", "y.png"), lines(page), "kinsoku: \".png\" may not start a line");
        assertEquals(4, page.links().get(0).parts().size());
    }
}
