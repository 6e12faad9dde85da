package dev.folio.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolinking (bare URLs, {@code www.} and e-mail addresses) with its superlinear
 * paths fenced off. flexmark 0.64.8 joins a text node with every entity and text node that
 * follows it without a space, and unescapes the whole run, once per node: 2,500 {@code &#27;[2J}
 * took a minute. It also looks for {@code scheme://} with a regular expression that rescans a
 * long run of {@code [a-z0-9+.-]} from every word boundary in it: 200 KB of {@code www.a} took
 * a minute. And unescaping is itself superlinear in the number of escapes and entities in one
 * text: 200,000 {@code \\} took 17 s. Its {@code \\b} walks back over every combining mark
 * before a position to find their base: one letter and 25,000 U+0301 (50 KB) took 8 s. And it
 * looks for a link-free ancestor of every text node, all the way up: text nested 40,000
 * strikethroughs or emphases deep took over a minute. A text node is linkified as before unless
 * its run of joined nodes, one of those character runs, its run of combining marks, its count of
 * escapes or its depth is beyond what any real link needs; then it stays plain text.
 */
final class BoundedAutolink implements Parser.ParserExtension {
    /** Text and entity nodes flexmark may join into one candidate link. */
    static final int MAX_JOINED_NODES = 32;
    /** Longest run of {@code [a-z0-9+.-]} linkified; the regex costs its square. */
    static final int MAX_SCHEME_RUN = 256;
    /** Most backslashes and ampersands unescaped for one candidate. */
    static final int MAX_ESCAPES = 256;
    /** Longest run of combining marks in a candidate (Unicode's stream-safe format allows 30). */
    static final int MAX_MARK_RUN = 32;
    /** Deepest a linkified text node may be in the tree (blocks and inlines together). */
    static final int MAX_DEPTH = 256;

    private BoundedAutolink() {}

    static BoundedAutolink create() {
        return new BoundedAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's own options (AutolinkExtension.IGNORE_LINKS) apply unchanged.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether flexmark's processor may look at {@code node} in bounded time. */
    static boolean affordable(Node node) {
        BasedSequence combined = node.getChars();
        int run = schemeRun(combined, 0);
        int escapes = escapes(combined);
        if (run < 0 || escapes > MAX_ESCAPES || !shallow(node) || markRun(combined) > MAX_MARK_RUN) {
            return false;
        }
        // The same walk as flexmark's, stopped early: the nodes it would join to this one. An
        // entity may decode to a letter, so it continues a run.
        int joined = 0;
        for (Node next = node.getNext(); joinable(next); next = next.getNext()) {
            BasedSequence more = next.getChars();
            if (!more.isContinuationOf(combined) || more.startsWith(" ") || combined.endsWith(" ")) {
                break;
            }
            run = next instanceof HtmlEntity ? run + 1 : schemeRun(more, run);
            if (markRun(more) > MAX_MARK_RUN) {
                return false;
            }
            escapes += escapes(more);
            if (++joined > MAX_JOINED_NODES || run < 0 || run > MAX_SCHEME_RUN || escapes > MAX_ESCAPES) {
                return false;
            }
            combined = more;
        }
        return true;
    }

    /** Whether {@code node} has at most {@link #MAX_DEPTH} ancestors (looked at no further). */
    static boolean shallow(Node node) {
        int depth = 0;
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (++depth > MAX_DEPTH) {
                return false;
            }
        }
        return true;
    }

    /** The longest run of non-spacing marks in {@code s}, counted up to just past {@link #MAX_MARK_RUN}. */
    static int markRun(CharSequence s) {
        int longest = 0;
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK) {
                longest = Math.max(longest, ++run);
                if (longest > MAX_MARK_RUN) {
                    return longest;
                }
            } else if (!Character.isSurrogate(c)) {
                run = 0;
            }
        }
        return longest;
    }

    private static boolean joinable(Node node) {
        return node instanceof Text || node instanceof HtmlEntity || node instanceof TypographicText;
    }

    private static int escapes(CharSequence s) {
        int count = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '&') {
                count++;
            }
        }
        return count;
    }

    /**
     * The length of the run of {@code [a-z0-9+.-]} (the characters flexmark's {@code scheme://}
     * pattern extends over) at the end of {@code s}, continuing a run of {@code carried}; -1
     * as soon as a run passes {@link #MAX_SCHEME_RUN}.
     */
    static int schemeRun(CharSequence s, int carried) {
        int run = carried;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean inRun = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
            run = inRun ? run + 1 : 0;
            if (run > MAX_SCHEME_RUN) {
                return -1;
            }
        }
        return run;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor flexmark = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (affordable(node)) {
                        flexmark.process(state, node);
                    }
                }
            };
        }
    }
}
