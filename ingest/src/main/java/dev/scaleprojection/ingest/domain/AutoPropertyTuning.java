package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C# auto-properties given an amount: {@code public int PageSize { get; set; } = 50;} in a service or a handler is
 * tuning written into code, as a field's initializer would be. The default of a request's, query's or command's own
 * property ({@code class GetOrdersQuery { public int PageSize { get; set; } = 10; }}) is what a caller leaves out, not
 * tuning, nor is a response's own ({@code PagedCatalogItemResponse.PageCount}) or a zero a property merely starts
 * from; in a class of the options pattern ({@code …Settings}, {@code …Options}) it is configured, which
 * {@link TuningReport} tells.
 */
final class AutoPropertyTuning {

    /**
     * The accessors and initializer after a property's name; the name is read backwards from the brace. (A pattern that
     * began with the name was tried at every word of the file and backtracked through each: a twentieth of the scan.)
     */
    private static final Pattern INITIALIZED = Pattern.compile("\\{\\s*get\\s*;\\s*"
            + "(?:(?:private|protected|internal)\\s+)?(?:(?:set|init)\\s*;\\s*)?}\\s*=(?![=>])\\s*");
    /** Types a caller fills in, whose defaults stand for what the caller left out. */
    private static final Pattern REQUEST_TYPE = Pattern.compile(
            "\\w*(?:Request|Query|Command|Response|Result|Dto|DTO|Model|Parameters|Params|Filter|Input)");

    private AutoPropertyTuning() {
    }

    static List<Finding> of(CodeFile file) {
        if (file.language() != Language.CSHARP || !AsciiText.containsIgnoreCase(file.file().content(), "get")) {
            return List.of();
        }
        TuningReport report = new TuningReport(file);
        String view = report.numbers().text();
        Matcher property = INITIALIZED.matcher(view);
        // A match opens with '{': the pattern is tried at each brace only, not at every character as find() would.
        int brace = view.indexOf('{');
        while (brace >= 0) {
            if (!property.region(brace, view.length()).lookingAt()) {
                brace = view.indexOf('{', brace + 1);
                continue;
            }
            brace = view.indexOf('{', property.end());
            int nameStart = nameBefore(view, property.start());
            if (nameStart < 0) {
                continue;
            }
            String name = view.substring(nameStart, nameEnd(view, property.start()));
            Optional<String> parameter = TuningNames.parameter(name);
            if (parameter.isEmpty() || file.enclosingType(nameStart)
                    .filter(type -> REQUEST_TYPE.matcher(type.name()).matches()).isPresent()) {
                continue;
            }
            TuningValues.at(view, property.end()).filter(value -> !value.number().equals("0"))
                    .ifPresent(value -> report.add(parameter.get(), name, property.end(), value, Optional.empty()));
        }
        return report.findings();
    }

    /** Where the word that ends just before {@code brace} (whitespace between) begins; -1 unless it is a name. */
    private static int nameBefore(String text, int brace) {
        int end = nameEnd(text, brace);
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end && (Character.isLetter(text.charAt(start)) && text.charAt(start) < 128 || text.charAt(start) == '_') ? start : -1;
    }

    private static int nameEnd(String text, int brace) {
        int end = brace;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** What the pattern's {@code \\w} matches: ASCII letters, digits and '_'. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
