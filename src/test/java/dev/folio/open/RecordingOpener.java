package dev.folio.open;

import java.util.ArrayList;
import java.util.List;

/** An opener that only writes down what it was asked to open. */
public final class RecordingOpener implements Opener {
    private final List<String> targets = new ArrayList<>();
    private final List<TargetKind> kinds = new ArrayList<>();

    @Override
    public Outcome open(String target, TargetKind kind) {
        targets.add(target);
        kinds.add(kind);
        return new Outcome(true, "opened " + target + " with recorder");
    }

    public List<String> targets() {
        return List.copyOf(targets);
    }

    public List<TargetKind> kinds() {
        return List.copyOf(kinds);
    }
}
