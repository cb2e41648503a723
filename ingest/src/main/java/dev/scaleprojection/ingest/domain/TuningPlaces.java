package dev.scaleprojection.ingest.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in code where an amount under a tuning name tunes nothing, read from the code's text (literals blanked) around
 * the name: the member of an enum ({@code enum PolicyType { MaximumVaultTimeout = 9 }}, bitwarden: a code, not a
 * timeout), the bound a request's parameter is clamped to ({@code if perPage < 1 { perPage = 1 }}, kratos), and the
 * member of another object compared with a number ({@code invoice.AttemptCount < 4}: the business's dunning rule,
 * not the bound of a retry loop the code runs).
 */
final class TuningPlaces {

    private static final Pattern ENUM_HEADER = Pattern.compile("\\benum\\s+(?:class\\s+)?[A-Za-z_$][\\w$]*[^;{}]*$");
    /** How far back an enclosing enum's brace is looked for: enums are short. */
    private static final int ENUM_REACH = 4000;

    private TuningPlaces() {
    }

    /** Whether {@code offset} lies directly inside the braces of an enum's declaration. */
    static boolean insideEnum(String code, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= Math.max(0, offset - ENUM_REACH); i--) {
            char c = code.charAt(i);
            if (c == '}' || c == ')') {
                depth++;
            } else if ((c == '{' || c == '(') && depth-- == 0) {
                return c == '{' && ENUM_HEADER.matcher(code.substring(Math.max(0, i - 200), i)).find();
            }
        }
        return false;
    }

    /**
     * Whether the assignment of {@code number} to {@code name} at {@code offset} is the body of a test of that same name
     * against that same bound ({@code if perPage < 1 { perPage = 1 }}, {@code if (size > 100) size = 100;}, Python's
     * {@code if n > 100:}); a default put in place of a missing value ({@code if (batchSize <= 0) batchSize = 100;}) is
     * an amount of its own.
     */
    static boolean clamped(String code, String name, int offset, String number) {
        String before = code.substring(Math.max(0, offset - 160), offset);
        int test0 = before.lastIndexOf("if");
        if (test0 < 0 || before.indexOf(name, test0) < 0) {
            return false;
        }
        Matcher test = Pattern.compile("\\bif\\s*\\(?\\s*" + Pattern.quote(name) + "\\s*[<>]=?\\s*([\\w.]+)\\s*\\)?\\s*[{:]?\\s*$")
                .matcher(before);
        return test.find() && test.group(1).equals(number);
    }

    /** Whether the name at {@code offset} is a member of another object: {@code invoice.AttemptCount}, not {@code this.}'s. */
    static boolean memberOfAnother(String code, int offset) {
        if (offset < 2 || code.charAt(offset - 1) != '.') {
            return false;
        }
        int start = offset - 1;
        while (start > 0 && (Character.isLetterOrDigit(code.charAt(start - 1)) || code.charAt(start - 1) == '_')) {
            start--;
        }
        String owner = code.substring(start, offset - 1);
        return !owner.isEmpty() && !owner.equals("this") && !owner.equals("self") && !owner.equals("base");
    }
}
