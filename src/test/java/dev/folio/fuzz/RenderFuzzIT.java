package dev.folio.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.folio.input.DecodeException;
import dev.folio.input.Decoder;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.markdown.MarkdownParser;
import dev.folio.theme.ColorDepth;
import dev.folio.print.LinkTargets;
import dev.folio.print.PagePrinter;
import dev.folio.print.PrintOptions;
import dev.folio.theme.Themes;
import dev.folio.testing.TerminalOutput;
import dev.folio.text.Width;
import java.nio.file.Path;

/**
 * The whole print pipeline on arbitrary input: decode → parse → layout → print, at a width of
 * 1 to 300 taken from the input. Whatever the input: no exception, no line wider than the width,
 * and nothing in the output but text and folio's own SGR and OSC 8 sequences.
 *
 * <p>Without {@code JAZZER_FUZZ} these run as regression tests on the seeds in
 * {@code src/test/resources/dev/folio/fuzz/RenderFuzzITInputs/}; docs/fuzzing.md tells how to
 * fuzz.
 */
class RenderFuzzIT {
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final Path BASE = Path.of("/tmp/folio-fuzz");
    /**
     * One input of at most a few KB that takes this long is a hang or a quadratic blow-up.
     * (A JUnit timeout would cut the whole fuzzing run, which is one test invocation.)
     */
    private static final long SLOW_NANOS = 15_000_000_000L;

    static {
        // The first input would otherwise pay for loading (and, when fuzzing, instrumenting) all of
        // flexmark and folio: on a busy machine that alone once took 16 s and was taken for a hang.
        render("# warm *up* [x](https://example.com) `c` | t |\n|---|\n| c |\n", 80, PrintOptions.plainText(),
                LayoutOptions.LinkNotes.AFTER_BLOCK);
    }

    /** Raw bytes as a file would hold them, printed without colour: plain text only. */
    @FuzzTest(maxDuration = "5m")
    void anyBytesPrintAsPlainText(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 300);
        byte[] bytes = data.consumeRemainingAsBytes();
        String text;
        try {
            text = Decoder.decode(bytes).text();
        } catch (DecodeException binary) {
            return; // refused as binary, with a message: nothing is printed
        }
        String out = render(text, width, PrintOptions.plainText(), LayoutOptions.LinkNotes.AFTER_BLOCK);
        if (out.indexOf('\u001b') >= 0) {
            throw new AssertionError("an ESC byte in plain output at width " + width);
        }
        check(out, width);
    }

    /** Markdown text printed with colour and hyperlinks: only SGR and OSC 8 sequences. */
    @FuzzTest(maxDuration = "5m")
    void anyMarkdownPrintsOnlyFoliosSequences(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 300);
        ColorDepth depth = data.pickValue(new ColorDepth[] {ColorDepth.BASIC_16, ColorDepth.PALETTE_256, ColorDepth.TRUE_COLOR});
        String text = data.consumeRemainingAsString();
        PrintOptions options = new PrintOptions(depth, PrintOptions.Hyperlinks.ON, Themes.builtIn("dark"),
                new LinkTargets(BASE.resolve("doc.md"), BASE));
        check(render(text, width, options, LayoutOptions.LinkNotes.NONE), width);
    }

    private static String render(String text, int width, PrintOptions options, LayoutOptions.LinkNotes notes) {
        long started = System.nanoTime();
        Page page = Layout.of(PARSER.parse(text), new LayoutOptions(width, notes));
        StringBuilder out = new StringBuilder();
        new PagePrinter(options).print(page, out);
        long took = System.nanoTime() - started;
        if (took > SLOW_NANOS) {
            throw new AssertionError(text.length() + " characters took " + took / 1_000_000 + " ms at width " + width);
        }
        return out.toString();
    }

    private static void check(String out, int width) {
        TerminalOutput parsed = TerminalOutput.parse(out);
        for (String line : parsed.lines()) {
            if (Width.of(line) > width) {
                throw new AssertionError("a line of " + Width.of(line) + " columns at width " + width + ": " + line);
            }
        }
    }
}
