package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileRolesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "orders/src/main/java/com/shop/OrderRepository.java, PRODUCTION_CODE",
            "src/main/java/com/example/demo/DemoApplication.java, PRODUCTION_CODE",
            "src/main/java/com/shop/deploy/DeployService.java, PRODUCTION_CODE",
            "web/src/client.ts, PRODUCTION_CODE",
            "reports/report.py, PRODUCTION_CODE",
            "cmd/server/main.go, PRODUCTION_CODE",
            "Api/Controllers/OrdersController.cs, PRODUCTION_CODE",
            "infra/stack.ts, DEPLOYMENT",
            "src/test/java/com/shop/OrderRepositoryTest.java, TEST_CODE",
            // a suite driving the user interface from outside (yas's Selenium page objects); not a product's automation
            "automation-ui/automation-base/src/main/java/com/yas/automation/base/page/BasePage.java, TEST_CODE",
            "automation-ui/backoffice/pom.xml, TEST_CODE",
            "qa-automation/src/pages/login.page.ts, TEST_CODE",
            "services/automation/src/main/java/com/acme/automation/RuleEngine.java, PRODUCTION_CODE",
            "home-automation/src/main/java/com/acme/Thermostat.java, PRODUCTION_CODE",
            "CQRS_Flow/Dotnet/Core/Core.Testing/ApiFixture.cs, TEST_CODE",
            "services/ab-testing/src/experiments.ts, PRODUCTION_CODE",
            "backend/app/tests_pre_start.py, TEST_CODE",
            "backend/app/backend_pre_start.py, PRODUCTION_CODE",
            "frontend/Dockerfile.playwright, TEST_CODE",
            "frontend/e2e.dockerfile, TEST_CODE",
            "frontend/Dockerfile.prod, DEPLOYMENT",
            "orders/src/test/resources/application.yml, TEST_CODE",
            "test/helpers.js, TEST_CODE",
            "tests/test_report.py, TEST_CODE",
            "pkg/store/store_test.go, TEST_CODE",
            "app/__tests__/client.js, TEST_CODE",
            "src/client.spec.ts, TEST_CODE",
            "src/client.test.js, TEST_CODE",
            "conftest.py, TEST_CODE",
            "reports/test_report.py, TEST_CODE",
            "reports/report_test.py, TEST_CODE",
            "pkg/parser/testdata/config.yaml, TEST_CODE",
            "spec/fixtures/orders.json, TEST_CODE",
            "Orders.Tests/OrderServiceTests.cs, TEST_CODE",
            "Orders.UnitTests/Helpers.cs, TEST_CODE",
            "src/Services/Catalog/Catalog.FunctionalTests/CatalogScenarioBase.cs, TEST_CODE",
            "src/Services/Ordering/Ordering.FunctionalTests/OrderingScenarios.cs, TEST_CODE",
            "src/Tests/Services/Application.IntegrationTests/Helpers.cs, TEST_CODE",
            "src/Services/Catalog/Catalog.API/Controllers/CatalogController.cs, PRODUCTION_CODE",
            "src/main/kotlin/shop/RepoTests.kt, TEST_CODE",
            "lib/mock/agent.js, TEST_CODE",
            "pkg/api/http/mock.go, TEST_CODE",
            "bakerydemo/settings/test.py, TEST_CODE",
            "bakerydemo/api/test.py, PRODUCTION_CODE",
            "pkg/api/http/mockery.go, PRODUCTION_CODE",
            "scripts/mock-aws-exports.js, TEST_CODE",
            "webpack/webpack.custom.js, BUILD",
            ".scripts/configure.ts, BUILD",
            "apps/desktop/.scripts/env.ts, BUILD",
            "scripts/seed/index.ts, BUILD",
            "scripts/dev/reset_db.py, BUILD",
            "script/bootstrap.rb, BUILD",
            "web/scripts/analytics.ts, PRODUCTION_CODE",
            "app/management/scripts/import_orders.py, PRODUCTION_CODE",
            "tools/mill/cmd/consume.go, PRODUCTION_CODE",
            ".lychee.toml, BUILD",
            ".gitpod.Dockerfile, BUILD",
            "api/order.pb.go, GENERATED",
            "reports/orders_pb2.py, GENERATED",
            "Api/Migrations/Init.Designer.cs, GENERATED",
            "Api/Client.g.cs, GENERATED",
            "target/classes/application.yml, GENERATED",
            "web/build/static/app.js, GENERATED",
            "gateway/src/main/resources/static/js/lib/extrascripts.js, GENERATED",
            "Web/wwwroot/lib/jquery/jquery.js, GENERATED",
            "src/StaffWebUI/wwwroot/pdfjs-4.2.67-dist/web/viewer.mjs, GENERATED",
            "web/static/bootstrap-5.3.2/js/bootstrap.js, GENERATED",
            "src/StaffWebUI/wwwroot/theme-info.js, PRODUCTION_CODE",
            "web/static/app-v2/main.js, PRODUCTION_CODE",
            "seeddata/DataGenerator/Generators/ProductGenerator.cs, BUILD",
            // a root script filling a development database with fake rows (CTFd's populate.py); not a same-named module
            "populate.py, BUILD",
            "seed.ts, BUILD",
            // beside a database's schema: Prisma's seed script, a db/seeds.py; not a seed module of the product's own code
            "prisma/seed.ts, BUILD",
            "apps/api/prisma/seed.ts, BUILD",
            "backend/db/seeds.py, BUILD",
            "src/orders/seed.ts, PRODUCTION_CODE",
            // folders of made-up rows anywhere: seeder projects, demo and sample data, seeds beside a schema; not SeedWork
            "util/Seeder/Data/Generators/SecureNoteDataGenerator.cs, BUILD",
            "util/SeederApi/Program.cs, BUILD",
            "util/SeederUtility/Helpers/ConsoleOutput.cs, BUILD",
            "src/Host/FSH.Starter.DbMigrator/DemoSeed/CatalogSeeder.cs, BUILD",
            "packages/prisma/seed/users.ts, BUILD",
            "api/sample-data/customers.py, BUILD",
            "src/Ordering.Domain/SeedWork/Entity.cs, PRODUCTION_CODE",
            "src/Modules/Payments/Domain/SeedWork/ValueObject.cs, PRODUCTION_CODE",
            "src/main/java/com/shop/seed/Seeds.java, PRODUCTION_CODE",
            "sampledata/Dockerfile, DEPLOYMENT",
            "util/SeederApi/appsettings.json, CONFIGURATION",
            "prisma/client.ts, PRODUCTION_CODE",
            "populate_cache.py, PRODUCTION_CODE",
            "catalog/populate.py, PRODUCTION_CODE",
            "src/Catalog/Seed/CatalogSeeder.cs, PRODUCTION_CODE",
            "web/src/js/lib/api.js, PRODUCTION_CODE",
            "src/generated/Api.java, GENERATED",
            ".yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs, GENERATED",
            ".yarn/releases/yarn-3.2.1.cjs, GENERATED",
            "app/order/cmd/rpc/etc/order.yaml, CONFIGURATION",
            "etc/k8s/eshoponabp/charts/catalog/values.yaml, DEPLOYMENT",
            "etc/docker/docker-compose.yml, DEPLOYMENT",
            "package-lock.json, GENERATED",
            "docs/architecture.md, DOCUMENTATION",
            "README.md, DOCUMENTATION",
            "docs/docker-compose.yml, DOCUMENTATION",
            "api/openapi.yaml, DOCUMENTATION",
            "examples/docker-compose.yml, EXAMPLE",
            "_examples/basic/1-your-first-app/main.go, EXAMPLE",
            "_examples/real-world-examples/consumer-groups/docker-compose.yml, EXAMPLE",
            "samples/client/Main.java, EXAMPLE",
            "demo/app.py, EXAMPLE",
            ".env.example, EXAMPLE",
            "config/app.sample.yml, EXAMPLE",
            "orders/src/main/resources/application.yml, CONFIGURATION",
            "src/main/resources/application-prod.properties, CONFIGURATION",
            "src/main/resources/bootstrap.yaml, CONFIGURATION",
            ".env, CONFIGURATION",
            ".env.production, CONFIGURATION",
            ".env.test, TEST_CODE",
            "apps/api/.env.testing, TEST_CODE",
            "src/main/resources/application-test.yml, TEST_CODE",
            "src/Api/appsettings.Testing.json, TEST_CODE",
            "src/main/resources/application-latest.yml, CONFIGURATION",
            ".env.contest, CONFIGURATION",
            "deploy.env, CONFIGURATION",
            "Api/appsettings.json, CONFIGURATION",
            "Api/appsettings.Development.json, CONFIGURATION",
            "AgentPortalApiGateway/ocelot.json, CONFIGURATION",
            "AgentPortalApiGateway/ocelot.Development.json, CONFIGURATION",
            "config/settings.yml, CONFIGURATION",
            "nginx/nginx.conf, CONFIGURATION",
            "setup/app.ini, CONFIGURATION",
            "config.toml, CONFIGURATION",
            "Cargo.toml, BUILD",
            "pyproject.toml, BUILD",
            "orders/Dockerfile, DEPLOYMENT",
            "Dockerfile.prod, DEPLOYMENT",
            "docker/api.dockerfile, DEPLOYMENT",
            "docker-compose.yml, DEPLOYMENT",
            "docker-compose.override.yaml, DEPLOYMENT",
            "compose.yaml, DEPLOYMENT",
            "compose-e2e-test.yml, TEST_CODE",
            "docker-compose.test.yml, TEST_CODE",
            "docker-compose-tests.yaml, TEST_CODE",
            "docker-compose.latest.yml, DEPLOYMENT",
            "compose-dev-backend.yml, DEPLOYMENT",
            "k8s/deployment.yaml, DEPLOYMENT",
            "charts/orders/values.yaml, DEPLOYMENT",
            "deploy/terraform/main.tf, DEPLOYMENT",
            "pom.xml, BUILD",
            "orders/build.gradle.kts, BUILD",
            "web/package.json, BUILD",
            "go.mod, BUILD",
            "requirements-dev.txt, BUILD",
            "setup.py, BUILD",
            "Api/Api.csproj, BUILD",
            "web/webpack.config.js, BUILD",
            ".github/workflows/ci.yml, BUILD",
            ".devcontainer/Dockerfile, BUILD",
            ".nuke/build.schema.json, BUILD",
            ".semgrep/correctness/celery/task-logger-without-suffix.py, BUILD",
            ".semgrep/correctness/celery/task-logger-without-suffix.yaml, BUILD",
            "saleor/core/semgrep.py, PRODUCTION_CODE",
            "schemas/build.schema.json, OTHER",
            "Properties/launchSettings.json, OTHER",
            "catalog-info.yaml, OTHER",
            "web/public/logo.png, OTHER",
            "LICENSE, DOCUMENTATION",
            "orders/deployment.yaml, DEPLOYMENT",
            "apps/orders/base/hpa.yml, DEPLOYMENT",
            "policies/require-limits.yaml, DEPLOYMENT",
            "config/manager/manager.yaml, DEPLOYMENT",
            "config/rbac/role.yaml, DEPLOYMENT",
            "config/default/kustomization.yaml, DEPLOYMENT",
            "config/app.yaml, CONFIGURATION",
            "overlays/prod/Kustomization, DEPLOYMENT",
            "policy/admission.rego, DEPLOYMENT",
            "policy/admission_test.rego, TEST_CODE",
            "ops/crontab, DEPLOYMENT",
            "docker/cron.d/backup, DEPLOYMENT",
            "deploy/jobs.cron, DEPLOYMENT",
            "deploy/app.env, CONFIGURATION",
            "k8s/overlays/prod/app.properties, CONFIGURATION",
            "deploy/nginx/nginx.conf, CONFIGURATION",
            "k8s/configmap.yaml, DEPLOYMENT",
            "orders/orders-configmap.yml, DEPLOYMENT",
            "config/db-secret.yaml, DEPLOYMENT",
            "Jenkinsfile, BUILD",
            "ci/Jenkinsfile.release, BUILD",
            "azure-pipelines-release.yaml, BUILD",
            "cloudbuild-prod.yml, BUILD",
            ".circleci/config.yml, BUILD",
            ".gitlab-ci.yml, BUILD",
            ".yamllint.yml, OTHER",
            "pnpm-workspace.yaml, BUILD",
            "bench/Bench.java, TEST_CODE",
            "dags/orders_export.py, PRODUCTION_CODE"
    })
    void classifiesAPathByItsFoldersAndName(String path, FileRole role) {
        assertThat(FileRoles.classify(path)).isEqualTo(role);
    }

    @ParameterizedTest(name = "code in ''{0}'' is {1}")
    @CsvSource({
            "'', PRODUCTION_CODE", "services/orders, PRODUCTION_CODE", "orders/src/main/java/shop, PRODUCTION_CODE",
            "orders/src/test/java/shop, TEST_CODE", "examples/demo, EXAMPLE", "docs/site, DOCUMENTATION",
            ".github/actions/setup, BUILD", "infra, DEPLOYMENT", "node_modules/pkg, GENERATED"
    })
    void tellsWhatCodeInAFolderWouldBe(String folder, FileRole role) {
        assertThat(FileRoles.codeRoleIn(folder)).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "A.java, JAVA", "b.kt, KOTLIN", "build.gradle.kts, KOTLIN", "c.py, PYTHON", "d.js, JAVASCRIPT",
            "e.jsx, JAVASCRIPT", "f.mjs, JAVASCRIPT", "g.ts, TYPESCRIPT", "h.tsx, TYPESCRIPT", "i.go, GO", "j.cs, CSHARP",
            "k.scala, SCALA", "l.rb, RUBY", "Dockerfile, OTHER", "m.yaml, OTHER", ".env, OTHER", "dir.java/file, OTHER"
    })
    void namesTheLanguageFromTheExtension(String path, Language language) {
        assertThat(Language.of(path)).isEqualTo(language);
    }

    @Test
    void aPathHasTheLanguageOfItsLowerCasedNameAsFileRolesAsksIt() {
        List<String> pieces = List.of("a", "B", ".", "/", "JAVA", "Kt", "py", "Ts", "go", "\u03a3", "\u0130", "\u212a", "s", "x");
        Random random = new Random(3);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder path = new StringBuilder();
            for (int count = random.nextInt(6); count >= 0; count--) {
                path.append(pieces.get(random.nextInt(pieces.size())));
            }
            String name = path.substring(path.lastIndexOf("/") + 1);

            assertThat(Language.of(name.toLowerCase(Locale.ROOT))).as(path.toString()).isEqualTo(Language.of(path.toString()));
        }
    }
}
