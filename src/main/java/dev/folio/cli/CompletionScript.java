package dev.folio.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The bash (and, through bashcompinit, zsh) completion script: picocli's, which completes
 * {@code --color always}, wrapped by a function that also completes {@code --color=always}.
 */
final class CompletionScript {
    /** The function the script registers for folio (install.sh's zsh file calls it too). */
    static final String FUNCTION = "_complete_folio_equals";

    private static final String PICOCLI_FUNCTION = "_complete_folio";

    /*
     * bash splits "--color=al" at '=' (it is in COMP_WORDBREAKS): the words end "--color" "=" "al",
     * or "--color" "=" right after the '='. zsh leaves "--color=al" one word. Either way the words
     * are rewritten to "--color" "al" for picocli's function; in the one-word form the answers get
     * "--color=" back in front, since they replace the whole word.
     */
    private static final String EQUALS_FORM = """

            # folio: complete the --option=value form as well as --option value.
            function %1$s() {
              local cword=$COMP_CWORD
              local -a words=("${COMP_WORDS[@]}")
              local prefix=""
              if [[ ${words[cword]} == "=" && ${words[cword-1]} == --* ]]; then
                words=("${words[@]:0:cword}" "")
              elif (( cword >= 2 )) && [[ ${words[cword-1]} == "=" && ${words[cword-2]} == --* ]]; then
                words=("${words[@]:0:cword-1}" "${words[cword]}")
                cword=$((cword - 1))
              elif [[ ${words[cword]} == --*=* ]]; then
                prefix="${words[cword]%%%%=*}="
                words=("${words[@]:0:cword}" "${prefix%%=}" "${words[cword]#*=}")
                cword=$((cword + 1))
              fi
              COMP_WORDS=("${words[@]}")
              COMP_CWORD=$cword
              %2$s
              local status=$?
              if [[ -n $prefix ]]; then
                COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
              fi
              return $status
            }
            """;

    private CompletionScript() {}

    static String bash(CommandLine commandLine) {
        String picocli = AutoComplete.bash("folio", commandLine);
        String register = "complete -F " + PICOCLI_FUNCTION + " ";
        if (!picocli.contains(register)) {
            throw new IllegalStateException("picocli's completion script no longer registers " + PICOCLI_FUNCTION);
        }
        int at = picocli.lastIndexOf(register);
        int lineStart = picocli.lastIndexOf('\n', at) + 1;
        return picocli.substring(0, lineStart) + String.format(EQUALS_FORM, FUNCTION, PICOCLI_FUNCTION).stripLeading()
                + "\n" + picocli.substring(lineStart).replace(register, "complete -F " + FUNCTION + " ");
    }
}
