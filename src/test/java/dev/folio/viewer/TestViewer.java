package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;
import dev.folio.layout.Page;
import dev.folio.open.FileProbe;
import dev.folio.open.LinkResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drives the pure viewer like the runtime would: messages in, state and effects out. */
final class TestViewer {
    static final Path DIR = Path.of("/docs");
    static final FileProbe EVERY_FILE_PLAIN = path -> FileProbe.FileFacts.PLAIN_FILE;

    ViewerState state;
    List<Effect> effects = List.of();

    TestViewer(ViewerState state) {
        this.state = state;
    }

    /** A viewer in this state (nothing loaded yet). */
    static TestViewer of(ViewerState state) {
        return new TestViewer(state);
    }

    /** A viewer on {@code /docs/name}, laid out by {@link MiniLayout}, every file present and plain. */
    static TestViewer open(String name, Document document, int width, int height) {
        return open(name, document, width, height, EVERY_FILE_PLAIN, ViewerOptions.defaults());
    }

    static TestViewer open(String name, Document document, int width, int height, FileProbe probe, ViewerOptions options) {
        Collaborators env = new Collaborators(new LinkResolver(probe), new MiniLayout());
        TestViewer v = new TestViewer(ViewerState.initial(env, options, width, height));
        return v.send(new Msg.Loaded(Source.file(DIR.resolve(name)), document, "", Effect.Load.Reason.FOLLOW));
    }

    /** The same, with these keys (as the config file can remap them). */
    static TestViewer open(String name, Document document, int width, int height, KeyMap keys) {
        Collaborators env = new Collaborators(new LinkResolver(EVERY_FILE_PLAIN), new MiniLayout(), keys);
        TestViewer v = new TestViewer(ViewerState.initial(env, ViewerOptions.defaults(), width, height));
        return v.send(new Msg.Loaded(Source.file(DIR.resolve(name)), document, "", Effect.Load.Reason.FOLLOW));
    }

    /** A viewer on {@code /docs/name} with these collaborators (a layout of their own). */
    static TestViewer open(String name, Document document, int width, int height, Collaborators env, ViewerOptions options) {
        TestViewer v = new TestViewer(ViewerState.initial(env, options, width, height));
        return v.send(new Msg.Loaded(Source.file(DIR.resolve(name)), document, "", Effect.Load.Reason.FOLLOW));
    }

    /** A viewer showing a hand-built page, whatever the width. */
    static TestViewer page(Page page, int width, int height) {
        Collaborators env = new Collaborators(new LinkResolver(EVERY_FILE_PLAIN), (d, w) -> page);
        TestViewer v = new TestViewer(ViewerState.initial(env, ViewerOptions.defaults(), width, height));
        return v.send(new Msg.Loaded(Source.file(DIR.resolve("page.md")), Document.empty(), "", Effect.Load.Reason.FOLLOW));
    }

    TestViewer send(Msg msg) {
        Step step = Update.apply(state, msg);
        state = step.state();
        effects = step.effects();
        return this;
    }

    TestViewer key(Key key) {
        return send(new Msg.KeyPressed(key));
    }

    TestViewer key(Key.Kind kind) {
        return key(Key.of(kind));
    }

    /** Types each character as a key press. */
    TestViewer type(String chars) {
        List<Effect> all = new ArrayList<>();
        chars.codePoints().forEach(cp -> {
            key(Key.ch(cp));
            all.addAll(effects);
        });
        effects = all;
        return this;
    }

    /** The single effect of the last message, besides saving the reading position (which leaving a document does). */
    Effect effect() {
        List<Effect> besides = effectsBesidesSaving();
        if (besides.size() != 1) {
            throw new AssertionError("expected one effect, got " + effects);
        }
        return besides.get(0);
    }

    /** The effects of the last message without {@link Effect.SavePosition}. */
    List<Effect> effectsBesidesSaving() {
        return effects.stream().filter(e -> !(e instanceof Effect.SavePosition)).toList();
    }

    int top() {
        return state.top();
    }

    String status() {
        return state.status().text();
    }

    Frame frame() {
        return View.render(state);
    }

    /** The screen as text. */
    String screen() {
        return frame().text();
    }

    /** The last row of the screen. */
    String statusRow() {
        Frame f = frame();
        return f.rows().get(f.rows().size() - 1).text();
    }

    /** The text of the focused link, or null. */
    String focusedText() {
        return state.hasFocus() ? state.page().links().get(state.focus()).text() : null;
    }
}
