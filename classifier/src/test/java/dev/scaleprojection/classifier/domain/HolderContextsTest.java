package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored personal data that no folder places in a context, and the same holder stored where one context is named. */
class HolderContextsTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    /** Fields written as {@code holder.field@context}, each stored personal data of kind phone. */
    private static List<Fact> stored(String list) {
        List<Fact> facts = new ArrayList<>();
        for (String written : list.trim().split("\\s+")) {
            String[] fieldAndContext = written.split("@");
            String[] holderAndField = fieldAndContext[0].split("\\.");
            facts.add(ComponentStateTest.fact(written, "data.personal-data-stored", Map.of("piiKind", "phone", "holder", holderAndField[0],
                    "field", holderAndField[1], "context", fieldAndContext[1]), facts.size() + 1));
        }
        return facts;
    }

    @ParameterizedTest(name = "[{index}] {0} → owners.telephone in {1}")
    @CsvSource(delimiter = '|', value = {
        // spring-petclinic: db/schema.sql's owners table and the owner package's Owner entity
        "owners.telephone@root Owner.telephone@owner                          | owner",
        "OWNERS.TELEPHONE@root owner.phone@owner                              | owner",
        // no context stores the holder by that name (a Vet's fields live in the Person base class): open
        "owners.telephone@root Vet.telephone@vet                              | root",
        // two contexts store it: which one owns the table is the question the rule asks
        "owners.telephone@root Owner.telephone@owner Owner.telephone@billing  | root",
        "owners.telephone@root                                                | root"})
    void placesAFieldNoFolderPlacesWhereExactlyOneContextStoresTheSameHolder(String facts, String context) {
        List<Fact> resolved = List.copyOf(HolderContexts.resolved(stored(facts)));

        assertThat(resolved.get(0).attribute("context")).isEqualTo(context);
        assertThat(resolved).extracting(Fact::fingerprint).containsExactlyElementsOf(stored(facts).stream().map(Fact::fingerprint).toList());
    }

    @Test
    void leavesFactsOfOtherKindsAndWithoutAHolderAsTheyAre() {
        Fact egress = ComponentStateTest.fact("fp-egress", "data.personal-data-egress", Map.of("holder", "owners", "context", "root"), 1);
        Fact stored = ComponentStateTest.fact("fp-owner", "data.personal-data-stored", Map.of("holder", "Owner", "context", "owner"), 2);
        Fact noHolder = ComponentStateTest.fact("fp-none", "data.personal-data-stored", Map.of("context", "root"), 3);

        assertThat(HolderContexts.resolved(List.of(egress, stored, noHolder))).containsExactly(egress, stored, noHolder);
    }

    @Test
    void callsATableItsEntitysContextStoresOwnedWhereItWasAnOpenQuestion() {
        // given spring-petclinic's owners table in a schema file and its Owner entity in the owner package
        List<Fact> facts = stored("owners.telephone@root Owner.telephone@owner");

        // then the table's phone numbers are owned by the owner context, as the entity's are: Clean from Governed
        assertThat(classifier.classify(facts).gaps().values()).filteredOn(gap -> gap.facts().get(0).fingerprint().startsWith("owners"))
                .extracting(gap -> gap.ruleId() + " " + gap.targetLevel() + " " + gap.category())
                .containsExactly("data-sovereignty.personal-data-owned " + Level.GOVERNED + " " + Category.CLEAN);
    }
}
