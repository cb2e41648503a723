package dev.scaleprojection.bench;

import java.util.List;
import java.util.Random;

/**
 * Statements, headers and method frames of one language family for {@link SourceWriter}. Templates use {@code $N}
 * (a noun), {@code $H} (a host), {@code $I} (a number) and {@code $V} (a local variable).
 */
final class LanguageStatements {

    private static final List<String> NOUNS = List.of("order", "item", "customer", "total", "price", "count", "entry", "row");

    private static final List<String> C_PLAIN = List.of(
            "var $V = $N.get$I();", "if ($V == null) { return; }", "for (int i = 0; i < $I; i++) { $V += i; }",
            "// recompute the $N totals before the next page is rendered", "$V = $V + $I;",
            "String label$I = \"$N-\" + $V;", "while ($V > $I) { $V = $V / 2; }", "log.debug(\"$N processed\");",
            "result.add($V);", "/* the $N list is sorted by date, newest first */", "if ($V > $I && $N != null) {",
            "}", "return $V;", "$N.setStatus(Status.ACTIVE);", "$V = Math.max($V, $I);");
    private static final List<String> C_SIGNAL = List.of(
            "String url$I = \"http://$H/$N/\" + $V;", "String jdbc$I = \"jdbc:postgresql://$H/$N\";",
            "var pool$I = Executors.newFixedThreadPool($I);", "String email = customer.getEmail();",
            "String tenantId = request.getHeader(\"X-Tenant-Id\");", "var dir$I = \"/var/lib/$N/cache\";",
            "int timeoutMillis = $I000;", "String path$I = \"C:\\\\data\\\\$N\";", "Counter.builder(\"$N.count\").register(registry);",
            "var password = System.getenv(\"DB_PASSWORD\");");
    private static final List<String> PY_PLAIN = List.of(
            "$V = $N.get($I)", "if $V is None:", "    return None", "for i in range($I):", "    $V += i",
            "# recompute the $N totals before the next page is rendered", "label = f\"$N-{$V}\"", "result.append($V)",
            "$V = max($V, $I)", "logger.debug(\"$N processed\")", "while $V > $I:", "    $V //= 2");
    private static final List<String> PY_SIGNAL = List.of(
            "url = \"http://$H/$N\"", "engine = create_engine(\"postgresql://app:secret@$H/$N\")", "email = customer.email",
            "tenant_id = request.headers.get(\"X-Tenant-Id\")", "cache_dir = \"/var/lib/$N/cache\"", "pool_size = $I",
            "timeout = $I", "password = os.environ.get(\"DB_PASSWORD\")", "resp = requests.get(\"http://$H/$N/list\")");

    private final Random random;
    private final String language;
    private final boolean python;
    private int counter;

    LanguageStatements(Random random, String language) {
        this.random = random;
        this.language = language;
        this.python = language.equals("python");
    }

    void header(StringBuilder out, String pkg, String type) {
        switch (language) {
            case "java" -> out.append("package ").append(pkg).append(";\n\nimport java.util.ArrayList;\nimport java.util.List;\n"
                    + "import java.util.concurrent.Executors;\nimport org.slf4j.Logger;\n\n/** Handles ").append(type)
                    .append(" requests. */\n@Service\npublic class ").append(type).append(" {\n\n    private static final Logger log = "
                            + "org.slf4j.LoggerFactory.getLogger(").append(type).append(".class);\n");
            case "kotlin" -> out.append("package ").append(pkg).append("\n\nimport java.util.concurrent.Executors\n\n/** Handles ")
                    .append(type).append(" requests. */\nclass ").append(type).append(" {\n\n    private val log = Logger()\n");
            case "python" -> out.append("\"\"\"").append(type).append(" handling.\"\"\"\nimport os\nimport logging\n\n"
                    + "logger = logging.getLogger(__name__)\n\n\nclass ").append(type).append(":\n");
            case "typescript", "javascript" -> out.append("import axios from \"axios\";\n\n/** Handles ").append(type)
                    .append(" requests. */\nexport class ").append(type).append(" {\n");
            case "go" -> out.append("package app\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\n// ").append(type)
                    .append(" handles requests.\ntype ").append(type).append(" struct {\n\tclient *http.Client\n}\n");
            default -> out.append("using System;\nusing System.Collections.Generic;\n\nnamespace Acme.Service\n{\n    /// <summary>Handles ")
                    .append(type).append(" requests.</summary>\n    public class ").append(type).append("\n    {\n");
        }
    }

    /** One statement in {@code signalEvery} says something a detector looks for; 0 for none. */
    void method(StringBuilder out, String name, int statements, int signalEvery) {
        String indent = switch (language) {
            case "python" -> "        ";
            case "go" -> "\t";
            case "csharp" -> "            ";
            default -> "        ";
        };
        switch (language) {
            case "java" -> out.append("\n    public List<Object> ").append(name).append("(Order order, int count) {\n");
            case "kotlin" -> out.append("\n    fun ").append(name).append("(order: Order, count: Int): List<Any> {\n");
            case "python" -> out.append("\n    def ").append(snake(name)).append("(self, order, count):\n");
            case "typescript" -> out.append("\n  async ").append(name).append("(order: Order, count: number): Promise<unknown[]> {\n");
            case "javascript" -> out.append("\n  async ").append(name).append("(order, count) {\n");
            case "go" -> out.append("\n// ").append(name).append(" does one step.\nfunc (s *Service) ")
                    .append(SyntheticSourceTree.capital(name)).append("(order Order, count int) ([]any, error) {\n");
            default -> out.append("\n        public List<object> ").append(SyntheticSourceTree.capital(name))
                    .append("(Order order, int count)\n        {\n");
        }
        for (int i = 0; i < statements; i++) {
            boolean signal = signalEvery > 0 && random.nextInt(signalEvery) == 0;
            String template = python ? pick(signal ? PY_SIGNAL : PY_PLAIN) : pick(signal ? C_SIGNAL : C_PLAIN);
            out.append(indent).append(adapt(fill(template))).append('\n');
        }
        switch (language) {
            case "python" -> out.append("        return []\n");
            case "go" -> out.append("\treturn nil, nil\n}\n");
            case "csharp" -> out.append("            return new List<object>();\n        }\n");
            case "kotlin" -> out.append("        return emptyList()\n    }\n");
            default -> out.append("        return [];\n    }\n".replace("[]", language.equals("java") ? "new ArrayList<>()" : "[]"));
        }
    }

    void entryPoint(StringBuilder out, String type) {
        switch (language) {
            case "java" -> out.append("\n    public static void main(String[] args) {\n        new ").append(type).append("();\n    }\n");
            case "python" -> out.append("\n\nif __name__ == \"__main__\":\n    ").append(type).append("()\n");
            case "go" -> out.append("\nfunc main() {\n\tfmt.Println(os.Args)\n}\n");
            default -> {
            }
        }
    }

    void footer(StringBuilder out) {
        switch (language) {
            case "python", "go" -> {
            }
            case "csharp" -> out.append("    }\n}\n");
            default -> out.append("}\n");
        }
    }

    private String adapt(String statement) {
        return switch (language) {
            case "kotlin" -> statement.replace(";", "").replace("String ", "val ").replace("var ", "val ").replace("int ", "var ");
            case "typescript", "javascript" -> statement.replace("String ", "const ").replace("var ", "let ")
                    .replace("int ", "let ").replace("System.getenv(", "process.env[").replace("\"DB_PASSWORD\")", "\"DB_PASSWORD\"]");
            case "go" -> statement.replace(";", "").replace("String ", "").replace("var ", "").replace("int ", "")
                    .replace(" = ", " := ").replace("\"", "\"");
            default -> statement;
        };
    }

    private String fill(String template) {
        counter++;
        return template.replace("$N", NOUNS.get(random.nextInt(NOUNS.size()))).replace("$H", SyntheticSourceTree.host(random))
                .replace("$I", Integer.toString(1 + random.nextInt(64))).replace("$V", "v" + (counter % 7));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
