package dev.folio.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A document parsed a part at a time, in order. Long sources are cut where {@link SourceSplitter}
 * allows; each part is parsed by itself (its flexmark tree is garbage as soon as it is converted)
 * with anchors kept unique and line numbers counted across parts, so the parts' blocks, one list
 * after another, are the blocks {@link MarkdownParser#parse} gives for the whole. A part whose
 * last block runs on to its end (a fence or HTML block left open) means the cut was not safe:
 * the part is parsed again together with everything after it, as one.
 *
 * <p>Not thread-safe: one consumer calls {@link #next} until {@link #hasNext} is false.
 */
public final class DocumentParts {
    /** Sources shorter than this are one part: splitting would gain nothing. */
    static final int SPLIT_FROM = 256 * 1024;
    /** The first part is small so that a viewer has something to show at once. */
    static final int FIRST_PART = 16 * 1024;
    static final int PART = 256 * 1024;

    private final String source;
    private final MarkdownParser parser;
    /** The extensions the whole source needs: every part is parsed with the same ones. */
    private final Set<ExtensionScan.Extension> extensions;
    /** The start of the part after the current one, given the current one's start; -1 when none. */
    private final java.util.function.IntUnaryOperator nextCut;
    private final Slugger slugger = new Slugger();
    /** Where the part after the one being parsed starts, -2 before it has been looked for. */
    private int end = -2;
    private int start;
    private int linesBefore;
    private boolean done;
    private boolean restAsOne;
    private String title = "";
    /** Whether a part had front matter with a title, or a heading: later parts cannot change the title. */
    private boolean titleFound;

    DocumentParts(String source, MarkdownParser parser) {
        this.source = source;
        this.parser = parser;
        this.extensions = ExtensionScan.of(source);
        if (source.length() < SPLIT_FROM) {
            this.nextCut = start -> -1;
        } else {
            SourceSplitter splitter = new SourceSplitter(source);
            this.nextCut = start -> splitter.next(start, start == 0 ? FIRST_PART : PART);
        }
    }

    /** With the cuts given (tests: every cut the splitter allows). */
    DocumentParts(String source, MarkdownParser parser, List<Integer> cuts) {
        this.source = source;
        this.parser = parser;
        this.extensions = ExtensionScan.of(source);
        java.util.Iterator<Integer> next = cuts.iterator();
        this.nextCut = start -> next.hasNext() ? next.next() : -1;
    }

    /** Whether the source is cut into more than one part (as far as known: a bad cut ends cutting). */
    public boolean isSplit() {
        return start > 0 || !restAsOne && cutAfter() < source.length();
    }

    /** Where the part that starts at {@link #start} ends (looked for once). */
    private int cutAfter() {
        if (end == -2) {
            int cut = restAsOne ? -1 : nextCut.applyAsInt(start);
            end = cut < 0 ? source.length() : cut;
            restAsOne |= cut < 0 && start == 0;
        }
        return end;
    }

    public boolean hasNext() {
        return !done;
    }

    /** The blocks of the next part. */
    public List<Block> next() {
        if (done) {
            throw new NoSuchElementException();
        }
        int to = cutAfter();
        if (start == 0 && restAsOne) {
            Document whole = parser.parseNormalised(source); // refuses a source too complex to parse at once
            title = whole.title();
            finish(source.length());
            return whole.blocks();
        }
        if (!restAsOne) {
            List<Block> blocks = part(start, to, to < source.length());
            if (blocks != null) {
                finish(to);
                return blocks;
            }
            restAsOne = true; // that cut was not safe: no more cutting
        }
        List<Block> rest = part(start, source.length(), false);
        finish(source.length());
        return rest;
    }

    /** The document's title from the parts read so far (front matter title, else the first heading). */
    public String title() {
        return title;
    }

    /** How many characters of the (normalised) source the parts read so far cover. */
    public int parsedLength() {
        return start;
    }

    public int length() {
        return source.length();
    }

    private void finish(int partEnd) {
        linesBefore += countLines(start, partEnd);
        start = partEnd;
        end = -2;
        done = partEnd >= source.length();
    }

    /** The blocks of {@code source[from, to)}, or null when {@code checkEnd} and its last block is left open. */
    private List<Block> part(int from, int to, boolean checkEnd) {
        Complexity.of(source, from, to).refuseIfTooMuchToParse();
        String text = source.substring(from, to);
        try {
            Document document = parser.onDeepStack(() -> convert(text, checkEnd));
            if (document == null) {
                return null;
            }
            return document.blocks();
        } catch (StackOverflowError | RuntimeException e) {
            return PlainFallback.of(text, linesBefore).blocks();
        }
    }

    private Document convert(String text, boolean checkEnd) {
        FlexmarkSetup flexmark = parser.setup(extensions);
        com.vladsch.flexmark.util.ast.Document ast = flexmark.parser.parse(text);
        if (checkEnd && !endsClosed(ast, text)) {
            return null;
        }
        ConversionContext context = new ConversionContext(ast, new EmojiText(flexmark.options), slugger, linesBefore)
                .parsingWith(flexmark.parser);
        Document document = new DocumentConverter(context).convert();
        if (!titleFound) {
            title = document.title();
            titleFound = !title.isEmpty() || context.hasHeading();
        }
        return document;
    }

    /**
     * True when the last block of a part ends before the blank line the part ends with, and is
     * not a fence or an HTML block left open (the parser ends those at the end of the text, where
     * the whole document would have gone on).
     */
    static boolean endsClosed(com.vladsch.flexmark.util.ast.Document ast, String text) {
        Node last = ast.getLastChild();
        if (last == null) {
            return true;
        }
        if (last instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
            return false;
        }
        if ((last instanceof HtmlBlock || last instanceof HtmlCommentBlock) && !htmlClosed(last.getChars().toString())) {
            return false;
        }
        int end = last.getEndOffset();
        if (end >= text.length()) {
            return false;
        }
        return text.substring(end).isBlank();
    }

    /**
     * Whether an HTML block that a blank line does not end (CommonMark kinds 1 to 5: script, pre,
     * style, textarea, comment, processing instruction, declaration, CDATA) holds its end marker.
     * Other HTML blocks end at a blank line.
     */
    static boolean htmlClosed(String block) {
        String text = block.stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<!--")) {
            return text.contains("-->");
        }
        if (text.startsWith("<?")) {
            return text.contains("?>");
        }
        if (text.startsWith("<![cdata[")) {
            return text.contains("]]>");
        }
        if (text.startsWith("<!")) {
            return text.contains(">");
        }
        for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
            if (text.startsWith("<" + tag) && (text.length() == tag.length() + 1
                    || " \t\n>".indexOf(text.charAt(tag.length() + 1)) >= 0)) {
                return text.contains("</script>") || text.contains("</pre>") || text.contains("</style>")
                        || text.contains("</textarea>");
            }
        }
        return true;
    }

    private int countLines(int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
