package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityNameTest {

    @ParameterizedTest(name = "[{index}] {0} and {1} name the same entity: {2}")
    @CsvSource(delimiter = '|', value = {
        "PERSISTENCEUSER   | PersistenceUser | true",
        "persistence_user  | PersistenceUser | true",
        "persistence-users | PersistenceUser | true",
        "Members           | Member          | true",
        "Categories        | Category        | true",
        "Addresses         | Address         | true",
        "Boxes             | Box             | true",
        "People            | Person          | true",
        "SalesPeople       | SalesPerson     | true",
        "Status            | Status          | true",
        "Address           | Addres          | false",
        "Customer          | Buyer           | false",
        "Member            | MemberAccount   | false",
        "AspNetUsers       | ApplicationUser | false",
        "Bus               | Bu              | false"})
    void readsCaseSeparatorsAndAPluralEndingAsTheSameName(String one, String other, boolean same) {
        assertThat(EntityName.normalised(one).equals(EntityName.normalised(other))).isEqualTo(same);
    }
}
