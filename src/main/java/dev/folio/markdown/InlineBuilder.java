package dev.folio.markdown;

import dev.folio.doc.Inline;
import dev.folio.doc.Inline.Decoration;
import dev.folio.doc.MediaKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Collects the inline content of one container (a paragraph, a heading, a cell, an emphasis …).
 *
 * <p>flexmark hands raw inline HTML over as separate nodes around the text they enclose
 * ({@code <b>}, text, {@code </b>}), so this builder keeps a stack of open HTML elements and
 * pairs each end tag with the nearest open element of that name. Elements still open when the
 * container ends are closed there, which keeps the result a tree. The stack is bounded: past
 * {@code maxOpen} elements further tags are ignored and their text kept.
 */
final class InlineBuilder {
    private enum Kind { ROOT, STYLE, CODE, LINK, MEDIA, TITLE, HIDDEN }

    /** One open element and what has been collected inside it. */
    private static final class Frame {
        final Kind kind;
        final String tag;
        final List<Inline> children = new ArrayList<>();
        final StringBuilder pendingText = new StringBuilder();
        Decoration decoration;
        MediaKind mediaKind;
        String target = "";
        String label = "";
        String title = "";

        Frame(Kind kind, String tag) {
            this.kind = kind;
            this.tag = tag;
        }

        void add(Inline inline) {
            if (inline instanceof Inline.Text t) {
                pendingText.append(t.text());
            } else {
                flushText();
                children.add(inline);
            }
        }

        void flushText() {
            if (pendingText.length() > 0) {
                children.add(new Inline.Text(pendingText.toString()));
                pendingText.setLength(0);
            }
        }

        List<Inline> content() {
            flushText();
            return children;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final int maxOpen;

    /** @param maxOpen how many HTML elements may be open at once (the remaining nesting budget) */
    InlineBuilder(int maxOpen) {
        this.maxOpen = Math.max(0, maxOpen);
        frames.push(new Frame(Kind.ROOT, ""));
    }

    void text(CharSequence text) {
        Frame top = frames.peek();
        if (top.pendingText.length() == 0 && !top.children.isEmpty()
                && top.children.get(top.children.size() - 1) instanceof Inline.HardBreak) {
            text = text.toString().stripLeading(); // a line broken by <br> does not start with a space
        }
        top.pendingText.append(text);
    }

    void add(Inline inline) {
        frames.peek().add(inline);
    }

    void addAll(List<Inline> inlines) {
        inlines.forEach(this::add);
    }

    void softBreak() {
        add(new Inline.SoftBreak());
    }

    /** A hard break; spaces before it would only pad the end of the line. */
    void hardBreak() {
        StringBuilder pending = frames.peek().pendingText;
        int end = pending.length();
        while (end > 0 && pending.charAt(end - 1) == ' ') {
            end--;
        }
        pending.setLength(end);
        add(new Inline.HardBreak());
    }

    /** Takes one piece of raw HTML. */
    void html(HtmlToken token) {
        if (token instanceof HtmlToken.Text t) {
            text(t.text());
        } else if (token instanceof HtmlToken.StartTag start) {
            startTag(start);
        } else if (token instanceof HtmlToken.EndTag end) {
            endTag(end.name());
        }
    }

    /** The content, with every element still open closed at the end. */
    List<Inline> build() {
        while (frames.size() > 1) {
            close(true);
        }
        return List.copyOf(frames.peek().content());
    }

    private void startTag(HtmlToken.StartTag tag) {
        String name = tag.name();
        Frame top = frames.peek();
        switch (name) {
            case "br":
                hardBreak();
                return;
            case "img":
                image(tag, top);
                return;
            case "source":
                if (top.kind == Kind.MEDIA && top.target.isEmpty()) {
                    String src = tag.url("src");
                    top.target = src.isEmpty() ? HtmlElements.firstOfSrcset(tag.attribute("srcset")) : src;
                }
                return;
            default:
                break;
        }
        Frame frame = frameFor(tag, top);
        if (frame == null) {
            return; // an element we do not interpret: dropped, its text kept
        }
        if (frames.size() > maxOpen) {
            if (frame.kind == Kind.MEDIA) {
                add(media(frame));
            }
            return;
        }
        frames.push(frame);
        if (tag.selfClosing()) {
            close(false);
        }
    }

    private Frame frameFor(HtmlToken.StartTag tag, Frame top) {
        String name = tag.name();
        Decoration decoration = HtmlElements.decoration(name);
        MediaKind mediaKind = HtmlElements.mediaKind(name);
        if (decoration != null && !tag.selfClosing()) {
            Frame f = new Frame(Kind.STYLE, name);
            f.decoration = decoration;
            return f;
        }
        if (name.equals("code") && !tag.selfClosing()) {
            return new Frame(Kind.CODE, name);
        }
        if (name.equals("a") && !tag.selfClosing()) {
            Frame f = new Frame(Kind.LINK, name);
            f.target = tag.url("href");
            f.title = tag.text("title");
            return f;
        }
        if (mediaKind != null) {
            Frame f = new Frame(Kind.MEDIA, name);
            f.mediaKind = mediaKind;
            f.target = tag.url("src");
            f.label = firstNonEmpty(tag.text("title"), tag.text("aria-label"), tag.text("alt"));
            return f;
        }
        if (name.equals("title") && top.kind == Kind.MEDIA && !tag.selfClosing()) {
            return new Frame(Kind.TITLE, name);
        }
        if (HtmlElements.isHidden(name) && !tag.selfClosing()) {
            return new Frame(Kind.HIDDEN, name);
        }
        return null;
    }

    /** An {@code <img>}: the source of an enclosing {@code <picture>}, or a media item of its own. */
    private void image(HtmlToken.StartTag tag, Frame top) {
        String src = tag.url("src");
        String alt = firstNonEmpty(tag.text("alt"), tag.text("title"));
        if (top.kind == Kind.MEDIA && top.mediaKind == MediaKind.IMAGE) {
            if (!src.isEmpty()) {
                top.target = src; // the fallback <img> of a <picture> opens anywhere; <source>s may not
            }
            if (top.label.isEmpty()) {
                top.label = alt;
            }
            return;
        }
        add(new Inline.Media(HtmlElements.kindOfTarget(src, MediaKind.IMAGE), src, alt));
    }

    private void endTag(String name) {
        int depth = 0;
        Iterator<Frame> it = frames.iterator();
        while (it.hasNext()) {
            Frame f = it.next();
            if (f.kind == Kind.ROOT) {
                return; // nothing open by that name: a stray end tag is ignored
            }
            if (f.tag.equals(name)) {
                break;
            }
            depth++;
        }
        for (int i = 0; i <= depth; i++) {
            close(false);
        }
    }

    /** Closes the innermost open element into its parent. */
    private void close(boolean unclosed) {
        Frame f = frames.pop();
        Frame parent = frames.peek();
        List<Inline> content = f.content();
        switch (f.kind) {
            case STYLE:
                if (!content.isEmpty()) {
                    parent.add(new Inline.Styled(f.decoration, content));
                }
                break;
            case CODE:
                String code = Inlines.plainText(content);
                if (!code.isEmpty()) {
                    parent.add(new Inline.Code(code));
                }
                break;
            case LINK:
                if (f.target.isEmpty()) {
                    content.forEach(parent::add);
                } else {
                    parent.add(new Inline.Link(f.target, f.title,
                            Inlines.isBlank(content) ? List.of(new Inline.Text(f.target)) : content));
                }
                break;
            case MEDIA:
                parent.add(media(f));
                if (unclosed) {
                    content.forEach(parent::add); // never closed: what follows may be document text
                }
                break;
            case TITLE:
                if (parent.kind == Kind.MEDIA && parent.label.isEmpty()) {
                    parent.label = Inlines.plainText(content).strip().replaceAll("\\s+", " ");
                }
                break;
            default:
                break;
        }
    }

    private static Inline.Media media(Frame f) {
        return new Inline.Media(f.mediaKind, f.target, f.label);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
