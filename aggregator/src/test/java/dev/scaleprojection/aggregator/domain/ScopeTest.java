package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScopeTest {

    static Stream<Scope> scopes() {
        return Stream.of(Scope.organization("acme"), Scope.system("acme", "shop"), Scope.owner("acme", "group:default/payments"),
                Scope.domain("acme", "billing"), Scope.owner("acme", "team|odd"));
    }

    @ParameterizedTest
    @MethodSource("scopes")
    void readsBackEveryKeyItWritesEvenWithSlashesInAGroupName(Scope scope) {
        assertThat(Scope.parse(scope.key())).isEqualTo(scope);
    }

    @ParameterizedTest
    @MethodSource("scopes")
    void keysAScopeUnderItsOrganizationSoThatNoGroupTakesAnotherScopesKey(Scope scope) {
        assertThat(scope.key()).startsWith(scope.organization());
        assertThat(scopes().filter(other -> !other.equals(scope)).map(Scope::key)).doesNotContain(scope.key());
    }
}
