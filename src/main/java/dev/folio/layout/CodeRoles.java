package dev.folio.layout;

import java.util.Arrays;
import java.util.List;

/**
 * The role of every character of a code block's lines, from a highlighter's runs. Runs outside
 * the lines are cut to fit or dropped, so a faulty highlighter can recolour code but never
 * change what is shown.
 */
final class CodeRoles {
    private static final CodeRoles PLAIN = new CodeRoles(new Role[0][]);

    private final Role[][] roles;

    private CodeRoles(Role[][] roles) {
        this.roles = roles;
    }

    static CodeRoles of(List<String> lines, List<TokenRun> runs) {
        if (runs.isEmpty()) {
            return PLAIN;
        }
        Role[][] roles = new Role[lines.size()][];
        for (TokenRun run : runs) {
            if (run.line() >= lines.size()) {
                continue;
            }
            int length = lines.get(run.line()).length();
            if (roles[run.line()] == null) {
                roles[run.line()] = new Role[length];
                Arrays.fill(roles[run.line()], Role.CODE_BLOCK);
            }
            Arrays.fill(roles[run.line()], Math.min(run.start(), length), Math.min(run.end(), length), run.role());
        }
        return new CodeRoles(roles);
    }

    /** The role of character {@code index} of line {@code line}. */
    Role at(int line, int index) {
        Role[] lineRoles = line < roles.length ? roles[line] : null;
        return lineRoles == null || index >= lineRoles.length ? Role.CODE_BLOCK : lineRoles[index];
    }
}
