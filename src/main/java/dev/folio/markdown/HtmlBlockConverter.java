package dev.folio.markdown;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.List;

/**
 * Converts one raw HTML block into model blocks: block-level elements end paragraphs,
 * {@code h1}–{@code h6} become headings, {@code pre} code, {@code hr} a break, {@code details}
 * and {@code summary} are handed to the {@link BlockSink} (they usually span several blocks),
 * and everything inline goes through an {@link InlineBuilder}. Whitespace is collapsed as a
 * browser would; a run holding a line break becomes a soft break (which joins CJK text).
 */
final class HtmlBlockConverter {
    private final ConversionContext context;

    HtmlBlockConverter(ConversionContext context) {
        this.context = context;
    }

    void convert(CharSequence html, int firstLine, BlockSink sink) {
        new Run(html.toString(), firstLine, sink).convert();
    }

    private enum Mode { PARAGRAPH, HEADING, SUMMARY, PRE }

    /** The state of converting one block. */
    private final class Run {
        private final String html;
        private final BlockSink sink;
        private Mode mode = Mode.PARAGRAPH;
        private int headingLevel;
        private InlineBuilder inline;
        private final StringBuilder pre = new StringBuilder();
        private int blockLine;
        private boolean empty = true;
        private boolean afterBreak;
        private String pendingSpace;
        private int line;
        private int lineCountedTo;

        Run(String html, int firstLine, BlockSink sink) {
            this.html = html;
            this.sink = sink;
            this.line = firstLine;
            startBlock(Mode.PARAGRAPH, firstLine);
        }

        void convert() {
            for (HtmlToken token : HtmlTokenizer.tokenize(html)) {
                advanceLine(token.offset());
                if (token instanceof HtmlToken.Text t) {
                    text(t.text());
                } else if (token instanceof HtmlToken.StartTag start) {
                    startTag(start);
                } else if (token instanceof HtmlToken.EndTag end) {
                    endTag(end);
                }
            }
            flush();
        }

        private void text(String text) {
            if (mode == Mode.PRE) {
                pre.append(text);
                return;
            }
            int i = 0;
            int n = text.length();
            while (i < n) {
                int start = i;
                if (Character.isWhitespace(text.charAt(i))) {
                    boolean newline = false;
                    while (i < n && Character.isWhitespace(text.charAt(i))) {
                        newline |= text.charAt(i) == '\n';
                        i++;
                    }
                    if (!empty && !afterBreak) {
                        pendingSpace = newline || "\n".equals(pendingSpace) ? "\n" : " ";
                    }
                } else {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    emitPendingSpace();
                    inline.text(EmojiText.shortcodes(text.substring(start, i)));
                    empty = false;
                    afterBreak = false;
                }
            }
        }

        private void emitPendingSpace() {
            if (pendingSpace != null) {
                if (pendingSpace.equals("\n")) {
                    inline.softBreak();
                } else {
                    inline.text(" ");
                }
                pendingSpace = null;
            }
        }

        private void startTag(HtmlToken.StartTag tag) {
            String name = tag.name();
            if (mode == Mode.PRE) {
                return; // markup inside <pre> is not shown; its text is
            }
            int level = HtmlElements.headingLevel(name);
            if (level > 0) {
                flush();
                if (alignmentOf(tag) != null) {
                    sink.openAligned(name, alignmentOf(tag), line);
                }
                headingLevel = level;
                startBlock(Mode.HEADING, line);
            } else if (name.equals("pre") && !tag.selfClosing()) {
                flush();
                startBlock(Mode.PRE, line);
            } else if (name.equals("hr")) {
                flush();
                sink.add(new Block.ThematicBreak(line));
            } else if (name.equals("details")) {
                flush();
                sink.openDetails(line);
            } else if (name.equals("summary")) {
                flush();
                startBlock(Mode.SUMMARY, line);
            } else if (alignmentOf(tag) != null && (HtmlElements.isBlock(name) || name.equals("center"))) {
                flush();
                sink.openAligned(name, alignmentOf(tag), line);
            } else if (HtmlElements.isBlock(name)) {
                flush();
                sink.sameTagOpened(name);
            } else if (HtmlElements.isCell(name)) {
                if (!empty && pendingSpace == null) {
                    pendingSpace = " ";
                }
            } else {
                if (name.equals("br")) {
                    pendingSpace = null;
                    afterBreak = true;
                } else {
                    emitPendingSpace();
                }
                inline.html(tag);
                empty &= !(name.equals("img") || HtmlElements.mediaKind(name) != null);
            }
        }

        private void endTag(HtmlToken.EndTag tag) {
            String name = tag.name();
            if (mode == Mode.PRE) {
                if (name.equals("pre")) {
                    flush();
                }
                return;
            }
            if (name.equals("details")) {
                flush();
                sink.closeDetails();
            } else if (HtmlElements.isBlock(name) || name.equals("center")) {
                flush();
                sink.closeAligned(name);
            } else if (HtmlElements.headingLevel(name) > 0) {
                flush();
                sink.closeAligned(name);
            } else if (!HtmlElements.isCell(name)) {
                inline.html(tag);
            }
        }

        /** CENTER for {@code <center>} and {@code align="center"}, RIGHT for {@code align="right"} and {@code dir="rtl"}. */
        private Block.Alignment alignmentOf(HtmlToken.StartTag tag) {
            String align = tag.attribute("align").strip().toLowerCase(java.util.Locale.ROOT);
            if (tag.name().equals("center") || align.equals("center") || align.equals("middle")) {
                return Block.Alignment.CENTER;
            }
            if (align.equals("right") || tag.attribute("dir").strip().equalsIgnoreCase("rtl")) {
                return Block.Alignment.RIGHT;
            }
            return null;
        }

        private void startBlock(Mode next, int at) {
            mode = next;
            blockLine = at;
            inline = new InlineBuilder(InlineConverter.MAX_DEPTH);
            pre.setLength(0);
            empty = true;
            afterBreak = false;
            pendingSpace = null;
        }

        /** Ends the block being collected and hands it to the sink. */
        private void flush() {
            if (mode == Mode.PRE) {
                String code = pre.toString();
                code = code.startsWith("\n") ? code.substring(1) : code;
                if (!code.isBlank()) {
                    sink.add(new Block.CodeBlock("", CodeText.of(code.stripTrailing()), blockLine));
                }
            } else {
                List<Inline> content = Inlines.trim(inline.build());
                if (mode == Mode.SUMMARY) {
                    sink.summary(content, blockLine);
                } else if (!Inlines.isBlank(content)) {
                    sink.add(mode == Mode.HEADING
                            ? new Block.Heading(headingLevel, content, context.anchorFor(Inlines.plainText(content)), blockLine)
                            : new Block.Paragraph(content, blockLine));
                }
            }
            startBlock(Mode.PARAGRAPH, line);
        }

        /** Keeps {@code line} at the source line of {@code offset} (offsets only grow). */
        private void advanceLine(int offset) {
            for (int i = lineCountedTo; i < offset && i < html.length(); i++) {
                if (html.charAt(i) == '\n') {
                    line++;
                }
            }
            lineCountedTo = Math.max(lineCountedTo, offset);
            if (empty && mode != Mode.PRE) {
                blockLine = line;
            }
        }
    }
}
