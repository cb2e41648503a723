package dev.scaleprojection.ingest.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OPA policy ({@code *.rego}, tests excluded by their role) gives {@code governance.opa-policy} at its package line:
 * the package, the rules it defines (heads at the start of a line: {@code deny[msg] {}, {@code default allow := false},
 * {@code allow if …}, functions), and which of them are decisions (allow, deny, violation, warn). Comments never count.
 */
public final class RegoPolicyDetector implements Detector {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.\\[\\]\"-]+)");
    private static final Pattern RULE_HEAD = Pattern.compile(
            "^(?:default\\s+)?([A-Za-z_]\\w*)(?=\\s*(\\[|\\(|:?=|\\{|\\.|\\bif\\b|\\bcontains\\b))");
    private static final Set<String> KEYWORDS = Set.of("package", "import", "else", "not", "some", "every", "with", "default",
            "as", "in", "if", "contains");
    private static final Pattern DECISION = Pattern.compile("allow|deny|violation|warn|deny_\\w+|warn_\\w+");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.DEPLOYMENT || !file.name().endsWith(".rego")) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        Optional<String> packageName = Optional.empty();
        int packageLine = 0;
        TreeSet<String> rules = new TreeSet<>();
        for (int number = 1; number <= lines.lineCount(); number++) {
            String line = withoutComment(lines.line(number));
            Matcher pkg = PACKAGE.matcher(line);
            Matcher head = RULE_HEAD.matcher(line);
            if (packageName.isEmpty() && pkg.find()) {
                packageName = Optional.of(pkg.group(1));
                packageLine = number;
            } else if (head.find() && !KEYWORDS.contains(head.group(1))) {
                rules.add(head.group(1));
            }
        }
        if (packageName.isEmpty()) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("package", packageName.get());
        DescriptorAttributes.putList(attributes, "rules", rules);
        DescriptorAttributes.putList(attributes, "decisions",
                rules.stream().filter(rule -> DECISION.matcher(rule).matches()).toList());
        return List.of(new Finding(DescriptorFactKinds.OPA_POLICY, Finding.DEPLOYMENT_DESCRIPTOR, file.path(), packageLine,
                packageLine, Snippets.lines(lines, packageLine, packageLine), "package " + packageName.get(), attributes));
    }

    /** The line up to a {@code #} outside a string. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
