package dev.folio.tui;

import dev.folio.layout.Role;
import dev.folio.text.Width;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny stand-in for the viewer core: a list of lines to scroll, and a status row that shows
 * what the runtime delivered (size, last key, resumes, messages). Keys: j/k/arrows scroll, q or
 * Ctrl-C quit, x crashes, c copies, o opens externally, l loads {@code loadPath}.
 */
class LinesProgram implements Program<LinesProgram.State> {
    record State(List<String> lines, int top, int columns, int rows, String lastKey, int resumed, String message) {
        State with(int newTop, String key, String msg) {
            return new State(lines, Math.max(0, Math.min(newTop, lines.size() - 1)), columns, rows, key, resumed, msg);
        }
    }

    private final List<String> lines;
    private final String loadPath;

    LinesProgram(List<String> lines, String loadPath) {
        this.lines = List.copyOf(lines);
        this.loadPath = loadPath;
    }

    @Override
    public Step<State> init(Start start, int columns, int rows) {
        return Step.of(new State(lines, 0, columns, rows, "-", 0, "ready"));
    }

    @Override
    public Step<State> update(State s, Msg msg) {
        if (msg instanceof Msg.KeyPressed pressed) {
            return key(s, pressed.key());
        }
        if (msg instanceof Msg.Resized r) {
            return Step.of(new State(s.lines, s.top, r.columns(), r.rows(), s.lastKey, s.resumed, s.message));
        }
        if (msg instanceof Msg.Resumed) {
            return Step.of(new State(s.lines, s.top, s.columns, s.rows, s.lastKey, s.resumed + 1, s.message));
        }
        if (msg instanceof Msg.Wheel w) {
            return Step.of(s.with(s.top + w.lines(), "wheel" + w.lines(), s.message));
        }
        if (msg instanceof Msg.Clicked c) {
            return Step.of(s.with(s.top, "click", "clicked " + c.column() + "," + c.row()));
        }
        if (msg instanceof Msg.OpenResult o) {
            return Step.of(s.with(s.top, s.lastKey, o.message()));
        }
        if (msg instanceof Msg.LoadFailed f) {
            return Step.of(s.with(s.top, s.lastKey, "load failed: " + f.reason()));
        }
        if (msg instanceof Msg.Loaded l) {
            return Step.of(s.with(s.top, s.lastKey, "loaded " + l.source().name()));
        }
        return Step.of(s);
    }

    private Step<State> key(State s, Key key) {
        if (key.kind() == Key.Kind.CHAR && !key.alt()) {
            int c = key.ch();
            if (c == 'q' || (c == 'c' && key.ctrl())) {
                return Step.of(s, new Effect.Quit());
            }
            if (!key.ctrl()) {
                switch (c) {
                    case 'j': return Step.of(s.with(s.top + 1, "j", s.message));
                    case 'k': return Step.of(s.with(s.top - 1, "k", s.message));
                    case 'x': throw new IllegalStateException("boom \u001b[2J on purpose");
                    case 'c': return Step.of(s.with(s.top, "c", "copied"), new Effect.Copy("folio 复制 ✅"));
                    case 'o': return Step.of(s.with(s.top, "o", s.message),
                            new Effect.OpenExternal("/tmp/folio-target.png", Effect.TargetKind.IMAGE));
                    case 'l': return Step.of(s.with(s.top, "l", s.message),
                            new Effect.Load(java.nio.file.Path.of(loadPath), "", Effect.Load.Reason.FOLLOW));
                    default: break;
                }
            }
        }
        if (key.kind() == Key.Kind.DOWN) {
            return Step.of(s.with(s.top + 1, "DOWN", s.message));
        }
        if (key.kind() == Key.Kind.UP) {
            return Step.of(s.with(s.top - 1, "UP", s.message));
        }
        return Step.of(s.with(s.top, describe(key), s.message));
    }

    static String describe(Key key) {
        String name = key.kind() == Key.Kind.CHAR ? new String(Character.toChars(key.ch())) : key.kind().name();
        return (key.ctrl() ? "C-" : "") + (key.alt() ? "M-" : "") + (key.shift() ? "S-" : "") + name;
    }

    @Override
    public Frame view(State s) {
        List<Frame.Row> rows = new ArrayList<>();
        for (int i = 0; i < s.rows - 1; i++) {
            int index = s.top + i;
            String text = index < s.lines.size() ? s.lines.get(index) : "~";
            rows.add(new Frame.Row(List.of(new Segment(clip(text, s.columns), Role.TEXT, 0, Segment.Highlight.NONE))));
        }
        String status = "size " + s.columns + "x" + s.rows + " key=" + s.lastKey + " resumed=" + s.resumed
                + " top=" + s.top + " " + s.message;
        rows.add(new Frame.Row(List.of(new Segment(clip(status, s.columns), Role.TEXT, 0, Segment.Highlight.STATUS))));
        return new Frame(s.columns, s.rows, rows, -1, -1);
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
