package dev.folio.markdown;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Footnote definitions flexmark reads wrongly. Its definition pattern takes the label up to the
 * last {@code ]:} on the line, so {@code [^xfs]: [xfs_growfs(8)][man]: cannot shrink.} gets the
 * label {@code xfs]: [xfs_growfs(8)][man}: the reference {@code [^xfs]} finds nothing and the
 * text before the second colon is gone. Such a definition is found here by its real label (up to
 * the first {@code ]}) and its text parsed again on its own, with the document's references.
 */
final class FootnoteRepair {
    /** A repaired definition: the node (for numbering), its real label and its Markdown. */
    record Repaired(FootnoteBlock block, String label, String markdown) {}

    private final Map<String, Repaired> byLabel = new HashMap<>();
    private final Map<FootnoteBlock, Repaired> byBlock = new java.util.IdentityHashMap<>();

    FootnoteRepair(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FootnoteBlock block && block.getText().indexOf(']') >= 0) {
                repair(block, references(document));
            }
        }
    }

    private String references;

    /** The document's reference definitions as Markdown, so the repaired text's links resolve. */
    private String references(Document document) {
        if (references == null) {
            StringBuilder sb = new StringBuilder();
            for (Reference r : Parser.REFERENCES.get(document).values()) {
                sb.append("\n\n").append(r.getChars().trim());
            }
            references = sb.toString();
        }
        return references;
    }

    private void repair(FootnoteBlock block, String references) {
        BasedSequence chars = block.getChars();
        int close = chars.indexOf(']');
        if (chars.length() < 2 || close < 2 || close + 1 >= chars.length() || chars.charAt(close + 1) != ':') {
            return;
        }
        String label = chars.subSequence(2, close).toString().strip();
        StringBuilder text = new StringBuilder();
        for (String line : chars.subSequence(close + 2).toString().split("\n", -1)) {
            int indent = 0;
            while (indent < 4 && indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            text.append(line.substring(indent)).append('\n');
        }
        Repaired repaired = new Repaired(block, label, text.toString().strip() + references);
        byLabel.putIfAbsent(label.toLowerCase(Locale.ROOT), repaired);
        byBlock.put(block, repaired);
    }

    Repaired forLabel(String label) {
        return byLabel.get(label.strip().toLowerCase(Locale.ROOT));
    }

    Repaired forBlock(FootnoteBlock block) {
        return byBlock.get(block);
    }
}
