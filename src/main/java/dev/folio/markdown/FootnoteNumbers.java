package dev.folio.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Numbers footnote definitions in the order they are first referenced, from 1. */
final class FootnoteNumbers {
    private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
    private final List<FootnoteBlock> inOrder = new ArrayList<>();

    int numberOf(FootnoteBlock definition) {
        return numbers.computeIfAbsent(definition, d -> {
            inOrder.add(d);
            return inOrder.size();
        });
    }

    /** Referenced definitions so far; the list grows while footnote bodies are converted. */
    int count() {
        return inOrder.size();
    }

    FootnoteBlock get(int index) {
        return inOrder.get(index);
    }
}
