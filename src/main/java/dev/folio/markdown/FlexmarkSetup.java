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
import dev.folio.markdown.ExtensionScan.Extension;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A flexmark parser folio uses: CommonMark plus the GitHub-flavoured extensions a document needs. */
final class FlexmarkSetup {
    final DataHolder options;
    final Parser parser;

    /** With every extension. */
    FlexmarkSetup() {
        this(EnumSet.allOf(Extension.class));
    }

    /** With the extensions given (see {@link ExtensionScan}); the rest of the set-up is the same. */
    FlexmarkSetup(Set<Extension> needed) {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, extensions(needed));
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

    private static List<com.vladsch.flexmark.util.misc.Extension> extensions(Set<Extension> needed) {
        List<com.vladsch.flexmark.util.misc.Extension> list = new ArrayList<>();
        for (Extension e : needed) {
            list.add(switch (e) {
                case TABLES -> TablesExtension.create();
                case STRIKETHROUGH -> StrikethroughExtension.create();
                case TASK_LISTS -> TaskListExtension.create();
                case AUTOLINKS -> BoundedAutolink.create();
                case FOOTNOTES -> FootnoteExtension.create();
                case FRONT_MATTER -> YamlFrontMatterExtension.create();
                case DEFINITIONS -> DefinitionExtension.create();
                case EMOJI -> EmojiExtension.create();
                case ADMONITIONS -> AdmonitionExtension.create();
            });
        }
        return list;
    }
}
