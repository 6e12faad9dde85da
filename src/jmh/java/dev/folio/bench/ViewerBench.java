package dev.folio.bench;

import dev.folio.doc.Document;
import dev.folio.markdown.MarkdownParser;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;
import dev.folio.doc.Source;
import dev.folio.viewer.Update;
import dev.folio.viewer.View;
import dev.folio.viewer.ViewerOptions;
import dev.folio.viewer.ViewerState;
import java.nio.file.Path;
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
 * The viewer core on a 10 MB document, 100 × 30: a key to the next frame (update, then view),
 * a search, a resize. The terminal runtime adds only the painting of one screen, which does not
 * depend on the document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
public class ViewerBench {
    @Param("doc-10m.md")
    public String doc;

    private ViewerState middle;
    private ViewerState searched;

    @Setup
    public void setUp() {
        Document document = new MarkdownParser().parse(BenchDocs.read(doc));
        ViewerState empty = ViewerState.initial(Collaborators.standard(), ViewerOptions.defaults(), 100, 30);
        Source source = Source.file(Path.of(doc).toAbsolutePath());
        ViewerState loaded = Update.apply(empty, new Msg.Loaded(source, document, "", Effect.Load.Reason.FOLLOW)).state();
        middle = loaded.withTop(loaded.page().size() / 2);
        searched = type(middle, "/Width\r");
    }

    private static ViewerState type(ViewerState state, String keys) {
        ViewerState s = state;
        for (char c : keys.toCharArray()) {
            s = Update.apply(s, new Msg.KeyPressed(c == '\r' ? Key.of(Key.Kind.ENTER) : Key.ch(c))).state();
        }
        return s;
    }

    private static Frame key(ViewerState state, Key key) {
        return View.render(Update.apply(state, new Msg.KeyPressed(key)).state());
    }

    @Benchmark
    public Frame lineDown() {
        return key(middle, Key.ch('j'));
    }

    @Benchmark
    public Frame pageDown() {
        return key(middle, Key.ch(' '));
    }

    @Benchmark
    public Frame toTheEnd() {
        return key(middle, Key.ch('G'));
    }

    @Benchmark
    public Frame nextHeading() {
        return key(middle, Key.ch(']'));
    }

    @Benchmark
    public Frame nextLink() {
        return key(middle, Key.of(Key.Kind.TAB));
    }

    @Benchmark
    public Frame nextMatch() {
        return key(searched, Key.ch('n'));
    }

    /** Typing a query and Enter: every match in the 10 MB page is found. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Measurement(iterations = 5)
    public Frame search() {
        return View.render(type(middle, "/Width\r"));
    }

    /** 100 to 80 columns: the page is laid out again. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Measurement(iterations = 5)
    public Frame resize() {
        return View.render(Update.apply(middle, new Msg.Resized(80, 30)).state());
    }
}
