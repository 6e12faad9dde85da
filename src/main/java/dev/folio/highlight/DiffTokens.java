package dev.folio.highlight;

import dev.folio.layout.Role;
import dev.folio.layout.TokenRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs, which RSyntaxTextArea has no tokenizer for: added and removed lines, and file
 * and hunk headers. Before the first hunk, {@code ---} and {@code +++} name files; inside a
 * hunk they are a removed or added line that happens to start with dashes or pluses.
 */
final class DiffTokens {
    private DiffTokens() {}

    static List<TokenRun> runs(List<String> lines) {
        List<TokenRun> runs = new ArrayList<>();
        boolean inHunk = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Role role;
            if (line.startsWith("@@")) {
                inHunk = true;
                role = Role.CODE_META;
            } else if (line.startsWith("diff ") || line.startsWith("Index: ")) {
                inHunk = false;
                role = Role.CODE_META;
            } else if (!inHunk && (line.startsWith("--- ") || line.startsWith("+++ ") || line.startsWith("index ")
                    || line.equals("---") || line.equals("+++"))) {
                role = Role.CODE_META;
            } else if (line.startsWith("+")) {
                role = Role.CODE_INSERTED;
            } else if (line.startsWith("-")) {
                role = Role.CODE_DELETED;
            } else {
                role = null;
            }
            if (role != null && !line.isEmpty()) {
                runs.add(new TokenRun(i, 0, line.length(), role));
            }
        }
        return runs;
    }
}
