package dev.folio.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * A block parser factory that stands in for one of flexmark's own: ordering, scope and lead-in
 * handling are the original's, so only {@code apply} is the subclass's business.
 */
abstract class DelegatingBlockFactory implements CustomBlockParserFactory {
    final CustomBlockParserFactory original;

    DelegatingBlockFactory(CustomBlockParserFactory original) {
        this.original = original;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return original.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return original.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return original.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return original.getLeadInHandler(options);
    }
}
