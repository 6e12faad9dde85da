package dev.folio.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Converts one flexmark document: its blocks, then the referenced footnotes, and the title. */
final class DocumentConverter {
    private final ConversionContext context;
    private final BlockConverter blocks;

    DocumentConverter(com.vladsch.flexmark.util.ast.Document document, EmojiText emoji) {
        this(new ConversionContext(document, emoji));
    }

    DocumentConverter(ConversionContext context) {
        this.context = context;
        this.blocks = new BlockConverter(context);
    }

    Document convert() {
        List<Block> out = new ArrayList<>(blocks.children(context.document, 0));
        footnotes().ifPresent(out::add);
        return new Document(out, title(out));
    }

    /** Footnotes in order of first reference; converting one may reference more, hence the index loop. */
    private Optional<Block> footnotes() {
        List<Block.Footnote> notes = new ArrayList<>();
        FootnoteNumbers numbers = context.footnotes;
        for (int i = 0; i < numbers.count(); i++) {
            FootnoteBlock definition = numbers.get(i);
            FootnoteRepair.Repaired repaired = context.footnoteRepairs().forBlock(definition);
            List<Block> content = repaired == null ? null : context.parseNested(repaired.markdown(), context.lineOf(definition));
            if (repaired != null && content == null) {
                content = List.of(new Block.Paragraph(List.of(new dev.folio.doc.Inline.Text(repaired.markdown().strip())), 0));
            }
            notes.add(repaired != null ? new Block.Footnote(repaired.label(), i + 1, content)
                    : new Block.Footnote(definition.getText().toString(), i + 1, blocks.children(definition, 1)));
        }
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block.Footnotes(notes, context.lineOf(numbers.get(0))));
    }

    private String title(List<Block> converted) {
        if (!converted.isEmpty() && converted.get(0) instanceof Block.FrontMatter front) {
            for (Block.Entry entry : front.entries()) {
                if (entry.key().equalsIgnoreCase("title") && !entry.value().isBlank()) {
                    return entry.value().strip();
                }
            }
        }
        return context.firstHeading();
    }
}
