package dev.folio.markdown;

import java.util.HashMap;
import java.util.Map;

/**
 * TeX math made readable as text: Greek letters and common operators as their characters,
 * {@code x_{i}} → {@code xᵢ} and {@code x^2} → {@code x²} where Unicode has every glyph
 * (else {@code x_(ij)}), {@code \frac{a}{b}} → {@code a/b}, font and spacing commands dropped,
 * {@code \text{…}} kept. Unknown commands stay as written, so nothing is lost. One pass with
 * recursion bounded by {@link #MAX_DEPTH}: deeper groups are copied as written.
 */
final class TexText {
    static final int MAX_DEPTH = 32;
    private static final Map<String, String> SYMBOLS = new HashMap<>();
    private static final String SUB_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String SUP_FROM = "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";

    static {
        String[] greek = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ε", "varepsilon", "ε",
            "zeta", "ζ", "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ",
            "nu", "ν", "xi", "ξ", "pi", "π", "varpi", "ϖ", "rho", "ρ", "varrho", "ϱ", "sigma", "σ", "varsigma", "ς",
            "tau", "τ", "upsilon", "υ", "phi", "φ", "varphi", "φ", "chi", "χ", "psi", "ψ", "omega", "ω",
            "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π", "Sigma", "Σ",
            "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω"};
        String[] operators = {"sum", "∑", "prod", "∏", "coprod", "∐", "int", "∫", "iint", "∬", "oint", "∮",
            "infty", "∞", "partial", "∂", "nabla", "∇", "sqrt", "√", "pm", "±", "mp", "∓", "times", "×", "div", "÷",
            "cdot", "·", "ast", "∗", "circ", "∘", "bullet", "•", "le", "≤", "leq", "≤", "ge", "≥", "geq", "≥",
            "ne", "≠", "neq", "≠", "approx", "≈", "sim", "∼", "simeq", "≃", "equiv", "≡", "cong", "≅", "propto", "∝",
            "ll", "≪", "gg", "≫", "in", "∈", "notin", "∉", "ni", "∋", "subset", "⊂", "subseteq", "⊆", "supset", "⊃",
            "supseteq", "⊇", "cup", "∪", "cap", "∩", "emptyset", "∅", "varnothing", "∅", "forall", "∀", "exists", "∃",
            "neg", "¬", "lnot", "¬", "land", "∧", "wedge", "∧", "lor", "∨", "vee", "∨", "oplus", "⊕", "otimes", "⊗",
            "to", "→", "rightarrow", "→", "leftarrow", "←", "gets", "←", "leftrightarrow", "↔", "Rightarrow", "⇒",
            "Leftarrow", "⇐", "Leftrightarrow", "⇔", "implies", "⟹", "iff", "⟺", "mapsto", "↦", "uparrow", "↑",
            "downarrow", "↓", "ldots", "…", "cdots", "⋯", "vdots", "⋮", "ddots", "⋱", "dots", "…", "prime", "′",
            "angle", "∠", "perp", "⊥", "parallel", "∥", "mid", "∣", "hbar", "ℏ", "ell", "ℓ", "Re", "ℜ", "Im", "ℑ",
            "aleph", "ℵ", "langle", "⟨", "rangle", "⟩", "lceil", "⌈", "rceil", "⌉", "lfloor", "⌊", "rfloor", "⌋",
            "degree", "°", "star", "⋆", "dagger", "†", "setminus", "∖", "top", "⊤", "bot", "⊥", "vdash", "⊢",
            "models", "⊨", "triangle", "△", "square", "□", "checkmark", "✓", "lvert", "|", "rvert", "|",
            "vert", "|", "Vert", "‖", "lVert", "‖", "rVert", "‖", "backslash", "\\", "colon", ":",
            "{", "{", "}", "}", "%", "%", "$", "$", "&", "&", "#", "#", "_", "_", "|", "‖",
            ",", " ", ";", " ", ":", " ", "!", "", "quad", "  ", "qquad", "    ", " ", " ",
            "left", "", "right", "", "big", "", "Big", "", "bigg", "", "Bigg", "", "bigl", "", "bigr", "",
            "Bigl", "", "Bigr", "", "displaystyle", "", "textstyle", "", "limits", "", "nolimits", "",
            "log", "log", "ln", "ln", "exp", "exp", "sin", "sin", "cos", "cos", "tan", "tan", "lim", "lim",
            "max", "max", "min", "min", "sup", "sup", "inf", "inf", "det", "det", "arg", "arg", "deg", "deg",
            "gcd", "gcd", "mod", "mod", "bmod", "mod", "Pr", "Pr", "dim", "dim", "ker", "ker"};
        for (String[] table : new String[][] {greek, operators}) {
            for (int i = 0; i < table.length; i += 2) {
                SYMBOLS.put(table[i], table[i + 1]);
            }
        }
    }

    private final String s;
    private int pos;

    private TexText(String tex) {
        this.s = tex;
    }

    /** The readable form of {@code tex}; line breaks ({@code \\}) become newlines. */
    static String readable(String tex) {
        TexText t = new TexText(tex);
        String out = t.until(-1, 0);
        return collapseSpaces(out).strip();
    }

    /** Converts up to the closing brace of the group (the brace is consumed) or the end. */
    private String until(int close, int depth) {
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '}' && close == '}') {
                pos++;
                return out.toString();
            }
            if (c == '{') {
                pos++;
                out.append(group(depth));
            } else if (c == '\\') {
                command(out, depth);
            } else if (c == '_' || c == '^') {
                pos++;
                String arg = argument(depth);
                out.append(script(arg, c == '^'));
            } else if (c == '&') {
                pos++;
                out.append(' ');
            } else if (c == '~') {
                pos++;
                out.append(' ');
            } else {
                out.append(c);
                pos++;
            }
        }
        return out.toString();
    }

    /** The content of a group whose {@code {} was just read; too deep, it is copied as written. */
    private String group(int depth) {
        if (depth >= MAX_DEPTH) {
            int start = pos;
            int open = 1;
            while (pos < s.length() && open > 0) {
                char c = s.charAt(pos++);
                open += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            return s.substring(start, open == 0 ? pos - 1 : pos);
        }
        return until('}', depth + 1);
    }

    /** One argument: a group, a command, or a single character. */
    private String argument(int depth) {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= s.length()) {
            return "";
        }
        char c = s.charAt(pos);
        if (c == '{') {
            pos++;
            return group(depth);
        }
        if (c == '\\') {
            StringBuilder one = new StringBuilder();
            command(one, depth + 1); // \frac\frac\frac…: each argument is a level deeper
            return one.toString();
        }
        pos += Character.charCount(s.codePointAt(pos));
        return s.substring(pos - Character.charCount(s.codePointBefore(pos)), pos);
    }

    private void command(StringBuilder out, int depth) {
        int start = ++pos;
        if (pos >= s.length()) {
            out.append('\\');
            return;
        }
        if (!Character.isLetter(s.charAt(pos))) {
            char c = s.charAt(pos++);
            if (c == '\\') {
                out.append('\n');
                return;
            }
            String symbol = SYMBOLS.get(String.valueOf(c));
            out.append(symbol != null ? symbol : String.valueOf(c));
            return;
        }
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        String name = s.substring(start, pos);
        if (depth >= MAX_DEPTH) {
            out.append('\\').append(name); // too deep: as written, arguments and all follow as text
            return;
        }
        switch (name) {
            case "frac": case "dfrac": case "tfrac": {
                String a = argument(depth);
                String b = argument(depth);
                out.append(operand(a)).append('/').append(operand(b));
                return;
            }
            case "sqrt": {
                String a = argument(depth);
                out.append('√').append(a.length() > 1 ? "(" + a + ")" : a);
                return;
            }
            case "text": case "textrm": case "textbf": case "textit": case "mathrm": case "mathbf": case "mathit":
            case "mathsf": case "mathtt": case "mathcal": case "mathbb": case "mathfrak": case "boldsymbol":
            case "operatorname": case "mbox": case "bm": case "underline":
                out.append(argument(depth));
                return;
            case "hat": case "widehat": case "bar": case "overline": case "vec": case "tilde": case "widetilde":
            case "dot": case "ddot": {
                // An accent over one letter is that letter with a combining mark: \bar{x} → x̄.
                String a = argument(depth);
                out.append(a);
                if (a.codePointCount(0, a.length()) == 1) {
                    out.append(accent(name));
                }
                return;
            }
            case "begin": case "end":
                argument(depth); // the environment's name: its rows still read in order
                return;
            default:
                String symbol = SYMBOLS.get(name);
                out.append(symbol != null ? symbol : "\\" + name);
                if (symbol != null && !symbol.isEmpty() && pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))
                        && Character.isLetter(symbol.charAt(symbol.length() - 1))) {
                    out.append(' '); // "\log x" written "\log{x}" or "\ln2" still reads as two words
                }
        }
    }

    private static char accent(String name) {
        switch (name) {
            case "hat": case "widehat": return '\u0302';
            case "bar": case "overline": return '\u0304';
            case "vec": return '\u20D7';
            case "tilde": case "widetilde": return '\u0303';
            case "dot": return '\u0307';
            default: return '\u0308';
        }
    }

    /** A fraction's operand, in parentheses when it is more than one term. */
    private static String operand(String a) {
        String t = a.strip();
        boolean simple = t.codePointCount(0, t.length()) <= 1 || t.chars().allMatch(Character::isLetterOrDigit);
        return simple ? t : "(" + t + ")";
    }

    /** {@code arg} in sub- or superscript characters if Unicode has all of them, else {@code _x} or {@code ^(xy)}. */
    private static String script(String arg, boolean sup) {
        String from = sup ? SUP_FROM : SUB_FROM;
        String to = sup ? SUP_TO : SUB_TO;
        StringBuilder out = new StringBuilder();
        String t = arg.strip();
        if (sup && (t.equals("′") || t.equals("\\prime"))) {
            return "′";
        }
        for (int i = 0; i < t.length(); i++) {
            int k = from.indexOf(t.charAt(i));
            if (k < 0 || t.isEmpty()) {
                String sign = sup ? "^" : "_";
                return t.codePointCount(0, t.length()) == 1 ? sign + t : sign + "(" + t + ")";
            }
            out.appendCodePoint(to.codePointAt(to.offsetByCodePoints(0, k)));
        }
        return out.toString();
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
