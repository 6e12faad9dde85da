package dev.folio.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bare URLs, {@code www.} addresses and e-mail addresses into links, with flexmark's own
 * autolink processor, but only where one can be. Registered as a node post-processor (as
 * flexmark's autolink extension does), that processor makes flexmark first classify every node of
 * the document into ordered sets, which took over half the parse time of a large document. Here
 * one walk collects the text nodes in document order (the order flexmark would visit them) and
 * hands the processor only those that could hold a link: a URL needs {@code :}, an e-mail address
 * {@code @}, a web address {@code www}, and an entity or escape that decodes to one of those
 * starts with {@code &} or holds the character itself. A text node followed by an entity or
 * typographic node is always handed over, since the processor reads on into those.
 */
final class AutolinkPass extends DocumentPostProcessorFactory {
    @Override
    public DocumentPostProcessor apply(Document document) {
        return new DocumentPostProcessor() {
            @Override
            public Document processDocument(Document doc) {
                AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(doc);
                for (Node text : candidates(doc)) {
                    if (text.getParent() != null) { // not absorbed into an earlier link
                        autolink.process(IGNORE_CHANGES, text);
                    }
                }
                return doc;
            }
        };
    }

    /** Text nodes that may hold a link, in document order; collected first, as the processor edits the tree. */
    private static List<Node> candidates(Document doc) {
        List<Node> found = new ArrayList<>();
        Node node = doc.getFirstChild();
        while (node != null) {
            if (node.getClass() == Text.class && mayHoldLink(node)) {
                found.add(node);
            }
            node = nextInDocumentOrder(node, doc);
        }
        return found;
    }

    private static Node nextInDocumentOrder(Node node, Document root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        while (node != null && node != root) {
            if (node.getNext() != null) {
                return node.getNext();
            }
            node = node.getParent();
        }
        return null;
    }

    static boolean mayHoldLink(Node text) {
        Node next = text.getNext();
        if (next instanceof HtmlEntity || next instanceof TypographicText) {
            return true;
        }
        BasedSequence chars = text.getChars();
        int n = chars.length();
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '&'
                    || (c == 'w' || c == 'W') && i + 2 < n && isW(chars.charAt(i + 1)) && isW(chars.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /** The processor reports the nodes it adds and removes; nothing here keeps an index of them. */
    private static final NodeTracker IGNORE_CHANGES = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {}

        @Override
        public void nodeAddedWithChildren(Node node) {}

        @Override
        public void nodeAddedWithDescendants(Node node) {}

        @Override
        public void nodeRemoved(Node node) {}

        @Override
        public void nodeRemovedWithChildren(Node node) {}

        @Override
        public void nodeRemovedWithDescendants(Node node) {}
    };
}
