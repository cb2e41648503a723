package dev.scaleprojection.ingest.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryFileTest {

    private static final Path BASE = Path.of("/inventories");

    private static Inventory parse(String yaml) {
        return InventoryFile.parse(yaml, "inventory.yml", BASE);
    }

    @Test
    void readsRepositoriesWithTheirOrganizationSystemBranchAndCredentialNames() {
        Inventory inventory = parse("""
                organization: acme
                repositories:
                  - url: https://github.com/acme/Shop-API.git
                    branch: main
                    tokenEnv: GITHUB_TOKEN
                  - name: billing-legacy
                    path: ../billing
                    organization: acme-finance
                    system: billing
                """);

        assertThat(inventory.repositories()).containsExactly(
                new InventoryRepository("shop-api", "https://github.com/acme/Shop-API.git", true, "acme", "shop-api",
                        Optional.of("main"), Optional.of("GITHUB_TOKEN"), Optional.empty()),
                InventoryRepository.local("billing-legacy", "/billing", "acme-finance", "billing"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an inline token is refused naming it        | token: ghp_abc123                          | repositories[0].token: secrets are never written
            an inline password is refused naming it     | password: hunter2                          | repositories[0].password: secrets are never written
            a password in the url is refused            | url: https://bot:ghp_abc@github.com/acme/x | repositories[0].url: holds a password
            a tokenEnv holding a secret is refused      | tokenEnv: ghp-abc/123                      | repositories[0].tokenEnv: must name an environment variable
            an unknown key is named                     | colour: blue                               | repositories[0].colour: unknown key
            a bad system is named                       | system: Shop API                           | repositories[0].system: lower case
            """)
    void refusesABadRepositoryNamingTheField(String description, String line, String problem) {
        String yaml = "organization: acme\nrepositories:\n  - " + (line.startsWith("url:") ? line : "url: https://github.com/acme/shop.git\n    " + line) + "\n";

        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(InvalidInventoryException.class)
                .satisfies(e -> assertThat(((InvalidInventoryException) e).problems()).anySatisfy(p -> assertThat(p).startsWith(problem)))
                .hasMessageNotContaining("ghp_abc123").hasMessageNotContaining("hunter2");
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThatThrownBy(() -> parse("""
                repositories:
                  - system: orphan
                  - url: https://github.com/acme/shop.git
                  - url: git@github.com:other/shop.git
                  - url: not a url
                colour: blue
                """)).isInstanceOf(InvalidInventoryException.class)
                .satisfies(e -> assertThat(((InvalidInventoryException) e).problems()).containsExactlyInAnyOrder(
                        "colour: unknown key; known keys are [organization, repositories]",
                        "repositories[0].url: a url (git) or a path (local folder) is required",
                        "repositories[0].organization: required here or at the top of the inventory",
                        "repositories[1].organization: required here or at the top of the inventory",
                        "repositories[2].organization: required here or at the top of the inventory",
                        "repositories[3].url: not a git URL (https://, ssh://, git://, file:// or user@host:path), was 'not a url'",
                        "repositories[3].organization: required here or at the top of the inventory"));
    }

    @Test
    void refusesTwoRepositoriesOfTheSameName() {
        assertThatThrownBy(() -> parse("""
                organization: acme
                repositories:
                  - url: https://github.com/acme/shop.git
                  - url: git@github.com:other/shop.git
                """)).isInstanceOf(InvalidInventoryException.class)
                .hasMessageContaining("repositories[1].name: 'shop' is listed twice; names must be unique");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no repositories               | organization: acme                            | repositories: a non-empty list
            not a mapping                 | - just a list                                 | (document): must be a mapping
            a repository that is a text   | 'repositories: [\"https://x/y.git\"]'          | repositories[0]: must be a mapping
            a url and a path              | 'repositories: [{url: https://x/y.git, path: y, organization: a}]' | repositories[0].url: give a url or a path, not both
            not yaml                      | 'repositories: [unclosed'                     | (document): not valid YAML
            """)
    void refusesABadDocument(String description, String yaml, String problem) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(InvalidInventoryException.class)
                .satisfies(e -> assertThat(((InvalidInventoryException) e).problems()).anySatisfy(p -> assertThat(p).startsWith(problem)));
    }

    @Test
    void matchesAPushByAnyOfItsUrlsOrItsFullName() {
        Inventory inventory = parse("""
                organization: acme
                repositories:
                  - url: https://github.com/Acme/Shop.git
                  - url: git@github.com:acme/billing.git
                """);

        assertThat(inventory.matching(List.of("git@github.com:acme/shop.git"))).map(InventoryRepository::name).contains("shop");
        assertThat(inventory.matching(List.of("https://github.com/acme/billing"))).map(InventoryRepository::name).contains("billing");
        assertThat(inventory.matching(List.of("acme/billing"))).map(InventoryRepository::name).contains("billing");
        assertThat(inventory.matching(List.of("https://github.com/acme/other.git", "acme/other"))).isEmpty();
    }
}
