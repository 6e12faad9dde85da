package dev.folio.highlight;

import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.Role;
import dev.folio.layout.TokenRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Highlights code with RSyntaxTextArea's token makers, used headless: no text area, no font, no
 * window, only the lexers. Each line is tokenized with the type its previous line ended in, so
 * comments and strings that span lines stay highlighted.
 *
 * <p>A token maker is made for a language the first time a block in it is seen (building one
 * costs a few milliseconds; the factory and the library's classes load with the first). Token
 * makers reuse their token lists, so calls are serialised. Any failure of the library gives
 * plain code, never an error.
 */
public final class SyntaxHighlighter implements CodeHighlighter {
    /** Larger blocks are left plain: highlighting them would cost more than it helps. */
    static final int MAX_CHARS = 1 << 21;

    private final Map<Language, TokenMaker> makers = new EnumMap<>(Language.class);

    @Override
    public synchronized List<TokenRun> highlight(String language, List<String> lines) {
        Optional<Language> found = Language.find(language);
        if (found.isEmpty() || size(lines) > MAX_CHARS) {
            return List.of();
        }
        try {
            if (found.get() == Language.DIFF) {
                return DiffTokens.runs(lines);
            }
            return tokenize(maker(found.get()), lines);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // A lexer bug on odd input costs the colours of this block, nothing more.
            return List.of();
        }
    }

    private TokenMaker maker(Language language) {
        return makers.computeIfAbsent(language, l -> TokenMakerFactory.getDefaultInstance().getTokenMaker(l.style()));
    }

    private static List<TokenRun> tokenize(TokenMaker maker, List<String> lines) {
        List<TokenRun> runs = new ArrayList<>();
        int state = TokenTypes.NULL;
        for (int i = 0; i < lines.size(); i++) {
            char[] chars = lines.get(i).toCharArray();
            Token token = maker.getTokenList(new Segment(chars, 0, chars.length), state, 0);
            Token last = token;
            for (Token t = token; t != null; t = t.getNextToken()) {
                Role role = t.isPaintable() ? TokenRoles.of(t.getType()) : null;
                if (role != null && t.length() > 0) {
                    runs.add(new TokenRun(i, t.getOffset(), t.getEndOffset(), role));
                }
                last = t;
            }
            // The type the line ends in: an unclosed comment or string goes on on the next line.
            state = last == null ? TokenTypes.NULL : last.getType();
        }
        return runs;
    }

    private static long size(List<String> lines) {
        long n = 0;
        for (String line : lines) {
            n += line.length();
        }
        return n;
    }
}
