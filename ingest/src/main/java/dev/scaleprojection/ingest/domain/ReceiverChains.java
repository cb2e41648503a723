package dev.scaleprojection.ingest.domain;

/**
 * The receiver chain of a call as {@link Calls} reads it, {@code kafkaTemplate} or {@code HttpClient.newBuilder()}: the
 * text before the called name, compacted to a dotted path.
 */
final class ReceiverChains {

    private ReceiverChains() {
    }

    /** {@link #of(String)} of {@code code[from, to)}, cut out once when the chain is plain, as most are. */
    static String of(String code, int from, int to) {
        if (!plain(code, from, to)) {
            return of(code.substring(from, to));
        }
        return code.substring(from, to > from && code.charAt(to - 1) == '.' ? to - 1 : to);
    }

    /**
     * The receiver chain as written, without white space ({@code \\s}), with {@code ?.}, {@code !!.}, {@code ::} and
     * {@code ->} read as '.', and without a final '.' (before a final line terminator, as {@code \\.$} reads it).
     */
    static String of(String chain) {
        if (plain(chain, 0, chain.length())) {
            return chain.endsWith(".") ? chain.substring(0, chain.length() - 1) : chain;
        }
        StringBuilder out = new StringBuilder(chain.length());
        for (int i = 0; i < chain.length(); i++) {
            char c = chain.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                continue;
            }
            out.append(c);
        }
        String compact = out.toString();
        out.setLength(0);
        for (int i = 0; i < compact.length(); ) {
            if (compact.startsWith("?.", i) || compact.startsWith("::", i) || compact.startsWith("->", i)) {
                out.append('.');
                i += 2;
            } else if (compact.startsWith("!!.", i)) {
                out.append('.');
                i += 3;
            } else {
                out.append(compact.charAt(i++));
            }
        }
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == '.') {
            out.setLength(last);
        } else if (last >= 1 && isLineTerminator(out.charAt(last)) && out.charAt(last - 1) == '.') {
            out.deleteCharAt(last - 1);
        }
        return out.toString();
    }

    /**
     * Whether {@link #of} has nothing to take out of the chain but its final '.': no white space, no line
     * terminator and none of the characters the other separators are written with. Most chains are {@code name.} or
     * {@code a.b().}, and are not copied twice.
     */
    private static boolean plain(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (c <= ' ' || c == '?' || c == ':' || c == '-' || c == '!' || isLineTerminator(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
