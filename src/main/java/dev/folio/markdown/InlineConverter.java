package dev.folio.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.folio.doc.Inline;
import dev.folio.doc.Inline.Decoration;
import dev.folio.doc.MediaKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Converts flexmark inline nodes into the model's inlines. Nesting is bounded: below
 * {@link #MAX_DEPTH} levels the remaining subtree is walked without recursion and its styling
 * dropped, so 20,000 nested emphases cost no stack.
 */
final class InlineConverter {
    static final int MAX_DEPTH = 48;

    private final ConversionContext context;

    InlineConverter(ConversionContext context) {
        this.context = context;
    }

    /** The inline content of {@code parent}'s children, at nesting {@code depth}. */
    List<Inline> children(Node parent, int depth) {
        InlineBuilder out = new InlineBuilder(MAX_DEPTH - depth);
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            LinkRef wrapper = linkedImageReference(child);
            if (wrapper != null && depth + 1 < MAX_DEPTH) {
                String before = unescaped(child.getChars());
                out.text(before.substring(0, before.length() - 1));
                Reference target = wrapper.getReferenceNode(context.document);
                List<Inline> image = children(child.getNext(), depth, true);
                out.add(link(target.getUrl().unescape(), oneLine(target.getTitle().unescape()), image));
                child = wrapper;
                continue;
            }
            node(child, out, depth);
        }
        return depth == 0 ? WikiLinks.apply(out.build()) : out.build();
    }

    /** The inlines {@code only} converts to (a node as one list, not its children). */
    private List<Inline> children(Node only, int depth, boolean self) {
        InlineBuilder out = new InlineBuilder(MAX_DEPTH - depth - 1);
        node(only, out, depth + 1);
        return out.build();
    }

    /**
     * flexmark (upstream issue 551) reads {@code [![npm][shield]][link]}, the most common badge
     * form, as text {@code [}, an image, text {@code ]} and a reference {@code [link]}. Given the
     * {@code [} text, this returns that reference when the four are there, adjacent and the
     * reference is defined: they are then one link around the image.
     */
    private LinkRef linkedImageReference(Node text) {
        if (!(text instanceof com.vladsch.flexmark.ast.Text) || !text.getChars().endsWith("[") || text.getChars().endsWith("\\[")) {
            return null;
        }
        Node image = text.getNext();
        Node close = image == null ? null : image.getNext();
        Node ref = close == null ? null : close.getNext();
        boolean shape = (image instanceof ImageRef || image instanceof Image)
                && close instanceof com.vladsch.flexmark.ast.Text && close.getChars().toString().equals("]")
                && ref instanceof LinkRef && ((LinkRef) ref).isDefined()
                && image.getStartOffset() == text.getEndOffset() && close.getStartOffset() == image.getEndOffset()
                && ref.getStartOffset() == close.getEndOffset();
        return shape && ((LinkRef) ref).getReferenceNode(context.document) != null ? (LinkRef) ref : null;
    }

    private void node(Node node, InlineBuilder out, int depth) {
        if (leaf(node, out)) {
            return;
        }
        if (depth + 1 >= MAX_DEPTH) {
            flatten(node, out);
        } else if (!container(node, out, depth + 1)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                node(child, out, depth + 1); // an unknown wrapper: keep what it holds
            }
        }
    }

    /** Converts a node that holds no further inline structure; false for containers. */
    private boolean leaf(Node node, InlineBuilder out) {
        if (node instanceof com.vladsch.flexmark.ast.Text) {
            String text = unescaped(node.getChars());
            // remark writes :film\_projector:, which flexmark's emoji parser does not take.
            out.text(text.length() == node.getChars().length() ? text : EmojiText.shortcodes(text));
        } else if (node instanceof HtmlEntity) {
            out.text(node.getChars().unescape());
        } else if (node instanceof Code code) {
            out.add(new Inline.Code(codeSpan(code.getText().toString())));
        } else if (node instanceof SoftLineBreak) {
            out.softBreak();
        } else if (node instanceof HardLineBreak) {
            out.hardBreak();
        } else if (node instanceof HtmlInlineComment) {
            return true; // comments are hidden
        } else if (node instanceof HtmlInline) {
            HtmlTokenizer.tokenize(node.getChars()).forEach(out::html);
        } else if (node instanceof MathNodes.InlineMath math) {
            out.add(new Inline.Math(math.tex, TexText.readable(math.tex), math.display));
        } else if (node instanceof Emoji emoji) {
            out.text(context.emoji.of(emoji));
        } else if (node instanceof Footnote footnote) {
            footnote(footnote, out);
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            out.add(autolink((DelimitedLinkNode) node));
        } else if (node.hasChildren() || isContainer(node)) {
            return false;
        } else {
            out.text(node.getChars().unescape());
        }
        return true;
    }

    /**
     * The text with backslash escapes and entities decoded. Most text has neither, and is copied
     * as it is instead of going through flexmark's regular expressions.
     */
    static String unescaped(BasedSequence chars) {
        for (int i = 0, n = chars.length(); i < n; i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&') {
                return chars.unescape();
            }
        }
        return chars.toString();
    }

    private static boolean isContainer(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough
                || node instanceof Link || node instanceof Image || node instanceof RefNode;
    }

    /** Converts a node with inline children; false when it is not one we know. */
    private boolean container(Node node, InlineBuilder out, int depth) {
        if (node instanceof Emphasis) {
            styled(Decoration.EMPHASIS, node, out, depth);
        } else if (node instanceof StrongEmphasis) {
            styled(Decoration.STRONG, node, out, depth);
        } else if (node instanceof Strikethrough) {
            styled(Decoration.STRIKETHROUGH, node, out, depth);
        } else if (node instanceof Link link) {
            out.add(link(link.getUrl().unescape(), oneLine(link.getTitle().unescape()), children(node, depth)));
        } else if (node instanceof Image image) {
            out.add(media(image.getUrl().unescape(), Inlines.plainText(children(node, depth))));
        } else if (node instanceof LinkRef || node instanceof ImageRef) {
            reference((RefNode) node, out, depth);
        } else {
            return false;
        }
        return true;
    }

    private void styled(Decoration decoration, Node node, InlineBuilder out, int depth) {
        List<Inline> content = children(node, depth);
        if (!content.isEmpty()) {
            out.add(new Inline.Styled(decoration, content));
        }
    }

    /** {@code [text][ref]}, {@code [ref]}, {@code ![alt][ref]}: a link if defined, else the text as written. */
    private void reference(RefNode ref, InlineBuilder out, int depth) {
        boolean image = ref instanceof ImageRef;
        Reference target = ref.isDefined() ? ref.getReferenceNode(context.document) : null;
        List<Inline> content = children(ref, depth);
        if (target != null && image) {
            out.add(media(target.getUrl().unescape(), Inlines.plainText(content)));
        } else if (target != null) {
            out.add(link(target.getUrl().unescape(), oneLine(target.getTitle().unescape()), content));
        } else if (ref.getLastChild() == null) {
            out.text(ref.getChars().unescape());
        } else {
            // Undefined: the brackets as written around the converted text ("[a][b]", "[c][]", "[d]").
            int textEnd = ref.getLastChild().getEndOffset();
            out.text(image ? "![" : "[");
            out.addAll(content);
            out.text(ref.getChars().getBaseSequence().subSequence(textEnd, ref.getEndOffset()).unescape());
        }
    }

    private void footnote(Footnote footnote, InlineBuilder out) {
        FootnoteBlock definition = footnote.getFootnoteBlock();
        if (definition == null) {
            FootnoteRepair.Repaired repaired = context.footnoteRepairs().forLabel(footnote.getText().toString());
            if (repaired == null) {
                out.text(footnote.getChars().unescape()); // no such footnote: show it as written
            } else {
                out.add(new Inline.FootnoteRef(repaired.label(), context.footnotes.numberOf(repaired.block())));
            }
            return;
        }
        out.add(new Inline.FootnoteRef(definition.getText().toString(), context.footnotes.numberOf(definition)));
    }

    /** {@code <https://…>}, {@code <a@b.c>} and bare URLs found by the autolink extension. */
    private static Inline autolink(DelimitedLinkNode node) {
        String shown = node.getText().isNotNull() && !node.getText().isEmpty()
                ? node.getText().toString() : node.getChildChars().toString();
        String target = shown;
        String lower = shown.toLowerCase(Locale.ROOT);
        if (node instanceof MailLink && !lower.startsWith("mailto:")) {
            target = "mailto:" + shown;
        } else if (lower.startsWith("www.")) {
            target = "http://" + shown;
        }
        return new Inline.Link(target, "", List.of(new Inline.Text(shown)));
    }

    /** A link; one with no visible text keeps no content (the layout shows it in short form, {@code ↗ host}). */
    private static Inline.Link link(String target, String title, List<Inline> content) {
        return new Inline.Link(target, title, Inlines.isBlank(content) ? List.of() : content);
    }

    private static Inline.Media media(String target, String alt) {
        return new Inline.Media(HtmlElements.kindOfTarget(target, MediaKind.IMAGE), target, oneLine(alt));
    }

    /** Titles and alt text may span source lines; they are shown on one. */
    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 ? s : s.replaceAll("\\s*\n\\s*", " ");
    }

    /** CommonMark code span content: line ends become spaces, one padding space each side goes. */
    static String codeSpan(String raw) {
        String text = raw.replace('\n', ' ');
        if (text.length() >= 2 && text.charAt(0) == ' ' && text.charAt(text.length() - 1) == ' ' && !text.isBlank()) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** Deeper than {@link #MAX_DEPTH}: keep every leaf in order, drop the wrappers, use no recursion. */
    private void flatten(Node root, InlineBuilder out) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Image image) {
                out.add(media(image.getUrl().unescape(), image.getText().unescape()));
            } else if (!leaf(node, out)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
    }
}
