package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which paths hold tests ({@link FileRoles}): test folders ({@code src/test}, {@code __tests__}, {@code e2e}, a .NET
 * {@code Orders.Tests}), test files by their names ({@code OrderServiceTest.java}, {@code cart.spec.ts}) and what a test
 * run uses (its Compose file, settings and image), given the path's structural folders and the file's name.
 */
final class TestPaths {

    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "__tests__", "__mocks__", "spec", "specs", "testdata",
            "test-data", "test_data", "fixtures", "testfixtures", "test-fixtures", "e2e", "it", "integration-test",
            "integration-tests", "integration_tests", "integrationtest", "androidtest", "testing", "testutil", "testutils",
            "test-utils", "testhelpers", "bench", "benchmark", "benchmarks", "jmh", "loadtest", "loadtests", "load-test", "load-tests",
            "perf", "k6", "locust", "gatling", "cypress", "playwright", "mock", "mocks", "fake", "fakes", "stub", "stubs");
    /** Also a .NET project of test helpers, EventStore samples' {@code Core.Testing} (not {@code ab-testing}, a feature). */
    private static final Pattern TEST_DIR = Pattern.compile(
            "(?i)(.+[._-]((unit|integration|functional|acceptance|component|contract|system|smoke|end2end|load)[-_.]?)?"
                    + "(tests?|specs?))|((unit|integration|functional|acceptance|component|contract|system|smoke|end2end)"
                    + "[-_.]?tests?)|.+\\.testing");
    private static final Pattern TEST_NAME = Pattern.compile(
            ".+(Test|Tests|IT|ITCase|TestCase|Spec|Suite)\\.(java|kt|scala|cs|groovy)|.+_test\\.go|test_.+\\.py|.+_test\\.py"
                    + "|conftest\\.py|tests\\.py|locustfile\\.py|.+\\.(spec|test|e2e-spec|cy|stories)\\.(js|jsx|ts|tsx|mjs|cjs)"
                    + "|.+_(spec|test)\\.rb|mocks?\\.go|mock_.+\\.go|.+_mock\\.go|.+\\.mock\\.(ts|js)|mock[-_].+\\.(js|ts|mjs|cjs)"
                    + "|.+_test\\.rego"
                    // full-stack-fastapi-template's tests_pre_start.py waits for the test database
                    + "|tests_.+\\.py"
                    // the image a test run uses: full-stack-fastapi-template's frontend/Dockerfile.playwright
                    + "|(?i:dockerfile[.-](tests?|e2e|playwright|cypress)|(tests?|e2e|playwright|cypress)\\.dockerfile)"
                    // a Compose file of a test run, remark42's compose-e2e-test.yml, docker-compose.test.yml
                    + "|(?i:(docker-)?compose[\\w.-]*[.-](test|tests|testing)([.-][\\w.-]*)?\\.ya?ml)"
                    // the settings of a test run: domain-driven-hexagon's .env.test, Spring's test profile, ASP.NET's Testing
                    + "|\\.env\\.test(ing)?|(application|bootstrap)-test\\.(ya?ml|properties)|appsettings\\.[Tt]est(ing)?\\.json");
    /** A suite that drives the product's user interface from outside, yas's Selenium {@code automation-ui}. */
    private static final Pattern UI_AUTOMATION_DIR = Pattern.compile(
            "(?i)(ui|web|test|tests|e2e|qa|browser|selenium)[-_.]?automation|automation[-_.]?(ui|web|tests?|e2e|qa)");

    private TestPaths() {
    }

    static boolean isTest(List<String> dirs, String name) {
        return isTestName(dirs, name, name.toLowerCase(Locale.ROOT)) || isTestFolder(dirs);
    }

    /**
     * Whether the file's name makes it a test, or a test run's settings ({@code settings/test.py}); {@code lower} is the
     * name in lower case, which the caller has already made.
     */
    static boolean isTestName(List<String> dirs, String name, String lower) {
        boolean testWord = lower.contains("test") || lower.contains("spec") || name.contains("IT") || lower.contains("suite")
                || lower.contains("mock") || lower.contains("locust") || lower.contains(".cy.") || lower.contains("stories")
                || lower.contains("playwright") || lower.contains("cypress") || lower.contains("e2e");
        if (testWord && TEST_NAME.matcher(name).matches()) {
            return true;
        }
        // Django's settings/test.py configures the test run
        return (lower.equals("test.py") || lower.equals("testing.py")) && !dirs.isEmpty()
                && dirs.get(dirs.size() - 1).equals("settings");
    }

    /** Whether one of the structural folders is a test folder, whatever the file's name. */
    static boolean isTestFolder(List<String> dirs) {
        for (String dir : dirs) {
            if (TEST_DIRS.contains(dir) || (dir.contains("test") || dir.contains("spec")) && TEST_DIR.matcher(dir).matches()
                    || dir.contains("automation") && UI_AUTOMATION_DIR.matcher(dir).matches()) {
                return true;
            }
        }
        return false;
    }
}
