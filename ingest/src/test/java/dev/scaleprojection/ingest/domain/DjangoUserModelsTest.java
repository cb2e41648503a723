package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a Django relation to settings.AUTH_USER_MODEL points, told from the repository's settings. */
class DjangoUserModelsTest {

    private static final String CHECKOUT = """
            from django.conf import settings
            from django.db import models

            class Checkout(models.Model):
                user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
            """;
    private static final String ACCOUNT_ADDRESS = """
            from django.conf import settings
            from django.db import models

            class Address(models.Model):
                owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
            """;

    /** Path, text pairs of the repository's files, then the relations reported as holder field: from -> to. */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("saleor: the settings name account.User", List.of(
                        "saleor/checkout/models.py", CHECKOUT,
                        "saleor/settings.py", "AUTH_USER_MODEL = \"account.User\"\nDEBUG = False\n"),
                        List.of("checkout -> account")),
                arguments("the user model's own app relating to it: no crossing", List.of(
                        "saleor/account/models.py", ACCOUNT_ADDRESS,
                        "saleor/settings.py", "AUTH_USER_MODEL = 'account.User'\n"),
                        List.of()),
                arguments("netbox: a settings package names users.User", List.of(
                        "shop/checkout/models.py", CHECKOUT,
                        "netbox/netbox/settings.py", "AUTH_USER_MODEL = 'users.User'\nSOCIAL_AUTH_USER_MODEL = AUTH_USER_MODEL\n"),
                        List.of("checkout -> users")),
                arguments("nothing sets it: Django's own auth", List.of(
                        "shop/checkout/models.py", CHECKOUT,
                        "shop/settings.py", "INSTALLED_APPS = ['shop.checkout']\n"),
                        List.of("checkout -> auth")),
                arguments("a setting in a comment or a docstring sets nothing", List.of(
                        "shop/checkout/models.py", CHECKOUT,
                        "shop/settings.py", "# AUTH_USER_MODEL = 'account.User'\nDOC = '''\nAUTH_USER_MODEL = \"x.User\"\n'''\n"),
                        List.of("checkout -> auth")),
                arguments("a test settings module is no setting of the product", List.of(
                        "shop/checkout/models.py", CHECKOUT,
                        "tests/settings.py", "AUTH_USER_MODEL = 'tests.CustomUser'\n"),
                        List.of("checkout -> auth")),
                arguments("settings that disagree: Django's own auth", List.of(
                        "shop/checkout/models.py", CHECKOUT,
                        "shop/settings/base.py", "AUTH_USER_MODEL = 'account.User'\n",
                        "legacy/settings.py", "AUTH_USER_MODEL = 'legacy.User'\n"),
                        List.of("checkout -> auth")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void pointsARelationToTheUserModelAtTheAppTheSettingsName(String description, List<String> files, List<String> expected) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            findings.addAll(new CrossContextReferenceDetector().detect(new SourceFile(files.get(i), files.get(i + 1))));
        }

        List<Finding> facts = DjangoUserModels.resolve(findings);

        assertThat(facts).allSatisfy(fact -> assertThat(fact.kind()).isEqualTo(CrossContextReferenceDetector.REFERENCE));
        assertThat(facts).extracting(fact -> fact.attribute("fromContext") + " -> " + fact.attribute("toContext"))
                .containsExactlyElementsOf(expected);
    }
}
