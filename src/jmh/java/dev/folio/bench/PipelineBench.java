package dev.folio.bench;

import dev.folio.doc.Document;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Page;
import dev.folio.markdown.MarkdownParser;
import dev.folio.print.LinkTargets;
import dev.folio.print.PagePrinter;
import dev.folio.print.PrintOptions;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Themes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse, layout and print of a 1 MB document (Chinese and English paragraphs, tables, code,
 * links, nested lists): the time per operation is the time per MB. Steady state, after the JIT
 * has warmed up; the whole-process figures are in {@code bench/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
public class PipelineBench {
    @Param("doc-1m.md")
    public String doc;

    private String text;
    private MarkdownParser parser;
    private Document document;
    private Page page;
    private PrintOptions plain;
    private PrintOptions colour;

    @Setup
    public void setUp() {
        text = BenchDocs.read(doc);
        parser = new MarkdownParser();
        document = parser.parse(text);
        page = Layout.of(document, new LayoutOptions(80, LayoutOptions.LinkNotes.AFTER_BLOCK));
        plain = PrintOptions.plainText();
        colour = new PrintOptions(ColorDepth.TRUE_COLOR, PrintOptions.Hyperlinks.ON, Themes.builtIn("dark"),
                new LinkTargets(null, null));
    }

    /** flexmark's parse and the conversion into folio's document model. */
    @Benchmark
    public Document parse() {
        return parser.parse(text);
    }

    /** Layout at 80 columns with link notes, as {@code folio -p} in a pipe. */
    @Benchmark
    public Page layout() {
        return Layout.of(document, new LayoutOptions(80, LayoutOptions.LinkNotes.AFTER_BLOCK));
    }

    @Benchmark
    public int printPlain() {
        StringBuilder out = new StringBuilder(text.length() * 2);
        new PagePrinter(plain).print(page, out);
        return out.length();
    }

    /** 24-bit colour and OSC 8 hyperlinks, as {@code folio -p} at a terminal. */
    @Benchmark
    public int printColour() {
        StringBuilder out = new StringBuilder(text.length() * 3);
        new PagePrinter(colour).print(page, out);
        return out.length();
    }
}
