package dev.folio.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The flexmark parser folio uses: CommonMark plus the GitHub-flavoured extensions, built once. */
final class FlexmarkSetup {
    final DataHolder options;
    final Parser parser;

    FlexmarkSetup() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                BoundedAutolink.create(), FootnoteExtension.create(), YamlFrontMatterExtension.create(),
                DefinitionExtension.create(), EmojiExtension.create(), AdmonitionExtension.create()));
        // MkDocs admonitions (and the containers ContainerBlocks rewrites into them) may follow text directly.
        o.set(AdmonitionExtension.INTERRUPTS_PARAGRAPH, true);
        o.set(AdmonitionExtension.INTERRUPTS_ITEM_PARAGRAPH, true);
        // GFM tables: one header row whose cell count must match the delimiter row, no column spans.
        o.set(TablesExtension.MIN_HEADER_ROWS, 1);
        o.set(TablesExtension.MAX_HEADER_ROWS, 1);
        o.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        // Emoji shortcodes become their Unicode characters, never image references.
        o.set(EmojiExtension.USE_SHORTCUT_TYPE, EmojiShortcutType.ANY_GITHUB_PREFERRED);
        o.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
        // flexmark hot spots replaced by linear equivalents (see their classes).
        o.set(Parser.HEADING_PARSER, false);
        o.set(Parser.BLOCK_QUOTE_PARSER, false);
        o.set(Parser.LIST_BLOCK_PARSER, false);
        o.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        this.options = o.toImmutable();
        this.parser = Parser.builder(options)
                .customBlockParserFactory(new GuardedHeadingFactory())
                .customBlockParserFactory(NestingGuard.quotes())
                .customBlockParserFactory(NestingGuard.lists())
                .customBlockParserFactory(NestingGuard.fences())
                .customBlockParserFactory(new MathBlockParser.Factory())
                .customInlineParserExtensionFactory(new InlineMathParser.Factory())
                .customInlineParserFactory(LinearInlineParser.FACTORY)
                // flexmark drops its link reference definitions parser when the inline parser is custom.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }
}
