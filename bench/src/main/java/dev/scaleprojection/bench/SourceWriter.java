package dev.scaleprojection.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Source text of one synthetic service in one language: types of 6–14 methods of ordinary statements (loops,
 * conditions, calls, comments). One file in four has things the detectors look for (one statement in twenty); the
 * others are plain code, as most files of a real repository are. Deterministic for a seed.
 */
final class SourceWriter {

    private final Random random;
    private final String language;
    private final String pkg;
    private final String service;
    private final LanguageStatements statements;

    SourceWriter(Random random, String language, String pkg, String service) {
        this.random = random;
        this.language = language;
        this.pkg = pkg;
        this.service = service;
        this.statements = new LanguageStatements(random, language);
    }

    String sourcePath(String type) {
        String dir = pkg.replace('.', '/');
        return switch (language) {
            case "java" -> "src/main/java/" + dir + "/" + type + ".java";
            case "kotlin" -> "src/main/kotlin/" + dir + "/" + type + ".kt";
            case "python" -> "app/" + snake(type) + ".py";
            case "typescript" -> "src/" + lowerFirst(type) + ".ts";
            case "javascript" -> "src/" + lowerFirst(type) + ".js";
            case "go" -> "internal/" + snake(type).replace("_", "") + "/" + snake(type) + ".go";
            default -> "src/" + type + ".cs";
        };
    }

    String testPath(String type) {
        return switch (language) {
            case "java" -> "src/test/java/" + pkg.replace('.', '/') + "/" + type + ".java";
            case "kotlin" -> "src/test/kotlin/" + pkg.replace('.', '/') + "/" + type + ".kt";
            case "python" -> "tests/test_" + snake(type) + ".py";
            case "typescript" -> "src/" + lowerFirst(type) + ".test.ts";
            case "javascript" -> "src/" + lowerFirst(type) + ".test.js";
            case "go" -> "internal/app/" + snake(type) + "_test.go";
            default -> "tests/" + type + ".cs";
        };
    }

    String configPath() {
        return switch (language) {
            case "java", "kotlin" -> "src/main/resources/application.yml";
            case "csharp" -> "appsettings.json";
            default -> "config/settings.yaml";
        };
    }

    String config(String name) {
        if (language.equals("csharp")) {
            return "{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=sql.prod.internal;Database=" + name
                    + ";User Id=app;Password=secret;\"\n  },\n  \"Upstream\": \"http://" + SyntheticSourceTree.host(random)
                    + "/api\",\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }\n}\n";
        }
        return "server:\n  port: 8080\nspring:\n  datasource:\n    url: jdbc:postgresql://" + name + "-db.internal:5432/app\n"
                + "    hikari:\n      maximum-pool-size: " + (5 + random.nextInt(40)) + "\n      connection-timeout: 30000\n"
                + "upstream:\n  url: http://" + SyntheticSourceTree.host(random) + "/v1\n  timeout-ms: 2500\n"
                + "storage:\n  path: /var/lib/" + name + "/data\nlogging:\n  level: INFO\n";
    }

    Map<String, String> manifest(String name) {
        Map<String, String> files = new LinkedHashMap<>();
        switch (language) {
            case "java" -> files.put("pom.xml", "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n"
                    + "  <artifactId>" + name + "</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n"
                    + "    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n"
                    + "    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>\n"
                    + "  </dependencies>\n</project>\n");
            case "kotlin" -> files.put("build.gradle.kts", "plugins {\n    kotlin(\"jvm\") version \"1.9.22\"\n    application\n}\n"
                    + "dependencies {\n    implementation(\"io.ktor:ktor-server-netty:2.3.7\")\n    implementation(\"org.postgresql:postgresql:42.7.1\")\n}\n");
            case "python" -> files.put("requirements.txt", "flask==3.0.0\nsqlalchemy==2.0.25\nredis==5.0.1\nrequests==2.31.0\n");
            case "typescript", "javascript" -> files.put("package.json", "{\n  \"name\": \"" + name + "\",\n  \"version\": \"1.0.0\",\n"
                    + "  \"main\": \"src/index.js\",\n  \"scripts\": { \"start\": \"node src/index.js\" },\n"
                    + "  \"dependencies\": { \"express\": \"^4.18.2\", \"pg\": \"^8.11.3\", \"axios\": \"^1.6.5\" }\n}\n");
            case "go" -> files.put("go.mod", "module github.com/acme/" + name + "\n\ngo 1.22\n\nrequire (\n"
                    + "\tgithub.com/lib/pq v1.10.9\n\tgithub.com/prometheus/client_golang v1.18.0\n)\n");
            default -> files.put(SyntheticSourceTree.capital(name.replace("-", "")) + ".csproj",
                    "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n"
                            + "  </PropertyGroup>\n</Project>\n");
        }
        return files;
    }

    String source(String type, boolean entryPoint) {
        StringBuilder out = new StringBuilder();
        statements.header(out, pkg, type);
        int methods = 6 + random.nextInt(9);
        int signalEvery = entryPoint || random.nextInt(4) == 0 ? 20 : 0;
        for (int m = 0; m < methods; m++) {
            String method = List.of("load", "save", "find", "update", "handle", "compute", "render", "sync").get(random.nextInt(8))
                    + SyntheticSourceTree.capital(List.of("all", "one", "batch", "page", "item", "total").get(random.nextInt(6))) + m;
            statements.method(out, method, 5 + random.nextInt(14), signalEvery);
        }
        if (entryPoint) {
            statements.entryPoint(out, type);
        }
        statements.footer(out);
        return out.toString();
    }

    String test(String type) {
        StringBuilder out = new StringBuilder();
        statements.header(out, pkg, type + "Test");
        for (int m = 0; m < 4; m++) {
            statements.method(out, "test" + m, 6, 12);
        }
        statements.footer(out);
        return out.toString().replace("\"http://", "\"http://test-");
    }

    private static String snake(String type) {
        return type.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String lowerFirst(String type) {
        return Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    String service() {
        return service;
    }
}
