package dev.folio.markdown;

import static dev.folio.markdown.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineEndingsTest {
    private static final String LF = "# Title\n\nline one\nline two\n\n```\ncode\n```\n\n- a\n- b\n";

    @Test
    void crlfAndCrParseLikeLf() {
        Document expected = parse(LF);
        assertEquals(expected, parse(LF.replace("\n", "\r\n")));
        assertEquals(expected, parse(LF.replace("\n", "\r")));
        assertEquals(expected, parse(LF.replace("\n\n", "\r\n\n")));
    }

    @Test
    void linesAreCountedAcrossEveryKindOfLineEnd() {
        Document doc = parse("a\r\rb\r\n\r\nc\n");
        assertEquals(List.of(1, 3, 5), doc.blocks().stream().map(Block::line).toList());
    }

    @Test
    void aByteOrderMarkIsNotText() {
        assertEquals(parse("# T\n"), parse("\uFEFF# T\n"));
    }

    @Test
    void codeBlocksKeepCarriageReturnFreeLines() {
        Block.CodeBlock code = Docs.only("```\r\na\r\nb\r\n```\r\n", Block.CodeBlock.class);
        assertEquals("a\nb", code.text());
    }
}
