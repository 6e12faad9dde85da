package dev.folio.highlight;

import dev.folio.layout.Role;
import dev.folio.layout.TokenRun;
import java.util.Arrays;
import java.util.List;

/** The role of every character of highlighted lines, for assertions. */
final class Tokens {
    private final List<String> lines;
    private final Role[][] roles;

    private Tokens(List<String> lines, Role[][] roles) {
        this.lines = lines;
        this.roles = roles;
    }

    static Tokens of(String language, String code) {
        List<String> lines = List.of(code.split("\n", -1));
        Role[][] roles = new Role[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            roles[i] = new Role[lines.get(i).length()];
            Arrays.fill(roles[i], Role.CODE_BLOCK);
        }
        for (TokenRun run : new SyntaxHighlighter().highlight(language, lines)) {
            Arrays.fill(roles[run.line()], run.start(), run.end(), run.role());
        }
        return new Tokens(lines, roles);
    }

    /** The role of {@code text}, found on its first line holding it; fails when its characters differ. */
    Role roleOf(String text) {
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(text);
            if (at >= 0) {
                Role role = roles[i][at];
                for (int k = at; k < at + text.length(); k++) {
                    if (roles[i][k] != role) {
                        throw new AssertionError("'" + text + "' is split: " + role + " then " + roles[i][k]);
                    }
                }
                return role;
            }
        }
        throw new AssertionError("no '" + text + "' in the code");
    }

    boolean allPlain() {
        for (Role[] line : roles) {
            for (Role r : line) {
                if (r != Role.CODE_BLOCK) {
                    return false;
                }
            }
        }
        return true;
    }
}
