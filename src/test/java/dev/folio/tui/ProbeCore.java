package dev.folio.tui;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.layout.Role;
import dev.folio.open.TargetKind;
import dev.folio.text.Width;
import dev.folio.theme.Highlight;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Segment;
import dev.folio.viewer.Step;
import dev.folio.viewer.ViewerState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real viewer, wrapped so that a runtime test sees what the runtime delivered: the status row
 * shows the size, the last key, how many resumes, the top line and the last outcome
 * ({@code size 80x10 key=j resumed=0 top=1 ready}). Scrolling, quitting (q, Ctrl-C) and the
 * wheel are the viewer's own; test keys: x crashes, c copies, o opens externally, l loads
 * {@code loadPath}. Called only on the runtime's thread, so its counters need no locking.
 */
class ProbeCore implements Core {
    private final String loadPath;
    private String lastKey = "-";
    private int resumed;
    private String message = "ready";

    ProbeCore(String loadPath) {
        this.loadPath = loadPath;
    }

    /** One line per row: a paragraph with hard breaks, so row n of the page is line n. */
    static Document lines(List<String> lines) {
        List<Inline> content = new ArrayList<>();
        for (String line : lines) {
            if (!content.isEmpty()) {
                content.add(new Inline.HardBreak());
            }
            content.add(new Inline.Text(line));
        }
        return new Document(List.of(new Block.Paragraph(content, 1)), "lines");
    }

    @Override
    public Step apply(ViewerState state, Msg msg) {
        if (msg instanceof Msg.KeyPressed pressed) {
            Key key = pressed.key();
            lastKey = describe(key);
            if (key.kind() == Key.Kind.CHAR && !key.ctrl() && !key.alt()) {
                switch (key.ch()) {
                    case 'x': throw new IllegalStateException("boom \u001b[2J on purpose");
                    case 'c':
                        message = "copied";
                        return new Step(touched(state), List.of(new Effect.Copy("folio 复制 ✅")));
                    case 'o': return new Step(touched(state),
                            List.of(new Effect.OpenExternal("/tmp/folio-target.png", TargetKind.IMAGE)));
                    case 'l': return new Step(touched(state),
                            List.of(new Effect.Load(Path.of(loadPath), "", Effect.Load.Reason.FOLLOW)));
                    default: break;
                }
            }
        } else if (msg instanceof Msg.Wheel wheel) {
            lastKey = "wheel" + wheel.notches();
        } else if (msg instanceof Msg.Resumed) {
            resumed++;
        } else if (msg instanceof Msg.Clicked click) {
            lastKey = "click";
            message = "clicked " + click.column() + "," + click.row();
        } else if (msg instanceof Msg.OpenResult open) {
            message = open.message();
        } else if (msg instanceof Msg.LoadFailed failed) {
            message = "load failed: " + failed.reason();
            return new Step(touched(state), List.of());
        }
        Step step = Core.VIEWER.apply(state, msg);
        return new Step(touched(step.state()), step.effects());
    }

    /** A new state object, so the runtime repaints the probe's row even when the viewer did nothing. */
    private static ViewerState touched(ViewerState state) {
        return state.withStatus(state.status());
    }

    static String describe(Key key) {
        String name = key.kind() == Key.Kind.CHAR ? new String(Character.toChars(key.ch())) : key.kind().name();
        return (key.ctrl() ? "C-" : "") + (key.alt() ? "M-" : "") + (key.shift() ? "S-" : "") + name;
    }

    @Override
    public Frame render(ViewerState state) {
        Frame frame = Core.VIEWER.render(state);
        List<Frame.Row> rows = new ArrayList<>(frame.rows().subList(0, frame.rows().size() - 1));
        String status = "size " + state.width() + "x" + state.height() + " key=" + lastKey + " resumed=" + resumed
                + " top=" + state.top() + " " + message;
        rows.add(new Frame.Row(List.of(new Segment(clip(status, state.width()), Role.TEXT, 0, Highlight.STATUS))));
        return new Frame(frame.width(), frame.height(), rows, -1, -1);
    }

    /** The longest prefix of {@code text} that fits in {@code columns}. */
    static String clip(String text, int columns) {
        int end = 0;
        while (end < text.length()) {
            int next = dev.folio.text.Graphemes.next(text, end);
            if (Width.of(text.substring(0, next)) > columns) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }
}
