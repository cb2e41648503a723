package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in rules that look across the components of a system: which components of a system they fire in. */
class SystemRulesTest {

    private static final String PII = "data-sovereignty.personal-data-in-several-components";
    private static final String PII_KIND = "data-sovereignty.personal-data-kind-in-several-components";
    private static final String CONTRACT = "multi-region.shared-contract";
    private static final String PROTOBUF = "multi-region.shared-protobuf-package";
    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    /**
     * A system written as {@code component=fact,fact …}: {@code pii:KIND[/HOLDER]} is personal data of that kind stored
     * (by a Customer unless a holder is named),
     * {@code avro:NAMESPACE/NAME} an Avro schema, {@code proto:PACKAGE} a .proto file ({@code proto:} one without a
     * package), {@code call:TARGET} a synchronous call.
     */
    private static SortedMap<String, List<Fact>> system(String written) {
        SortedMap<String, List<Fact>> components = new TreeMap<>();
        for (String component : written.trim().split("\\s+")) {
            String[] nameAndFacts = component.split("=");
            List<Fact> facts = new ArrayList<>();
            for (String fact : nameAndFacts[1].split(",")) {
                String[] kindAndValue = fact.split(":", 2);
                String fingerprint = nameAndFacts[0] + "-" + facts.size();
                facts.add(switch (kindAndValue[0]) {
                    case "pii" -> ComponentStateTest.fact(fingerprint, "data.personal-data-stored", Map.of("piiKind",
                            kindAndValue[1].split("/")[0], "field", kindAndValue[1].split("/")[0], "holder",
                            kindAndValue[1].contains("/") ? kindAndValue[1].split("/")[1] : "Customer", "context", "customers"), 3);
                    case "avro" -> ComponentStateTest.fact(fingerprint, "contract.avro",
                            Map.of("namespace", kindAndValue[1].split("/", -1)[0], "name", kindAndValue[1].split("/", -1)[1]), 1);
                    case "proto" -> ComponentStateTest.fact(fingerprint, "contract.protobuf", kindAndValue[1].isEmpty()
                            ? Map.of("services", "", "context", "root") : Map.of("package", kindAndValue[1], "services", "", "context", "root"), 17);
                    default -> ComponentStateTest.fact(fingerprint, "coupling.sync-internal-call", Map.of("target", kindAndValue[1]), 5);
                });
            }
            components.put("acme/shop/" + nameAndFacts[0], facts);
        }
        return components;
    }

    /** Every component classified within the view of what all of them show, as the classifier topology does. */
    private SortedMap<String, Classification> classifyAll(SortedMap<String, List<Fact>> components) {
        SystemView view = SystemView.EMPTY;
        for (Map.Entry<String, List<Fact>> component : components.entrySet()) {
            view = view.with(component.getKey(), classifier.signals(component.getValue(), List.of(), 0L));
        }
        SortedMap<String, Classification> classified = new TreeMap<>();
        for (Map.Entry<String, List<Fact>> component : components.entrySet()) {
            classified.put(component.getKey(), classifier.within(component.getKey(), view).classify(component.getValue(), List.of(), 0L));
        }
        return classified;
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} fires in: {2}")
    @CsvSource(delimiter = '|', value = {
        "orders=pii:email billing=pii:email                          | " + PII + "      | orders billing",
        "orders=pii:email billing=pii:phone                          | " + PII + "      | ''",
        "orders=pii:email,pii:email billing=call:orders              | " + PII + "      | ''",
        "orders=pii:email billing=pii:email,pii:phone shipping=pii:phone | " + PII + "  | orders billing shipping",
        "orders=avro:dev.acme/Order billing=avro:dev.acme/Order      | " + CONTRACT + " | orders billing",
        "orders=avro:dev.acme/Order billing=avro:dev.billing/Order   | " + CONTRACT + " | ''",
        "orders=avro:/Order billing=avro:/Order                      | " + CONTRACT + " | ''",
        "orders=call:billing billing=call:orders                     | " + CONTRACT + " | ''",
        "ads=proto:hipstershop cart=proto:hipstershop pay=proto:hipstershop | " + PROTOBUF + " | ads cart pay",
        "ads=proto:hipstershop cart=proto:cart.v1                    | " + PROTOBUF + " | ''",
        "ads=proto:hipstershop,proto:hipstershop                     | " + PROTOBUF + " | ''",
        "ads=proto:hipstershop cart=proto:hipstershop pay=proto:payments | " + PROTOBUF + " | ads cart",
        "ads=proto: cart=proto:                                      | " + PROTOBUF + " | ''",
        "ads=avro:hipstershop/Ad cart=proto:hipstershop              | " + PROTOBUF + " | ''"})
    void firesARuleInEachComponentThatSharesItsFactsWithEnoughOthers(String written, String rule, String expected) {
        SortedMap<String, Classification> classified = classifyAll(system(written));

        TreeSet<String> firing = new TreeSet<>();
        classified.forEach((component, classification) -> classification.gaps().values().stream()
                .filter(gap -> gap.ruleId().equals(rule)).findAny().ifPresent(gap -> firing.add(SystemView.nameOf(component))));
        assertThat(String.join(" ", firing)).isEqualTo(String.join(" ", new TreeSet<>(List.of(expected.split(" ")))).trim());
    }

    /**
     * spring-petclinic-microservices: the vets service stores vets' names, the customers service owners' names; eShop:
     * identity stores ApplicationUser's, ordering a Buyer's — the same people there, but the names do not say so.
     */
    @ParameterizedTest(name = "[{index}] {0} → orders' gap on orders-0: {1}")
    @CsvSource(delimiter = '|', value = {
        "orders=pii:name/Customer billing=pii:name/Customer   | data-sovereignty.personal-data-in-several-components GOVERNED BLOCKING",
        "orders=pii:name/Customer billing=pii:name/Vet        | data-sovereignty.personal-data-kind-in-several-components GOVERNED UNCERTAIN",
        "orders=pii:name/Customer billing=pii:email/Vet       | data-sovereignty.personal-data-owned GOVERNED CLEAN",
        "orders=pii:name/Customer,pii:name/Buyer billing=pii:name/Customer | data-sovereignty.personal-data-in-several-components GOVERNED BLOCKING",
        "orders=pii:name/PERSISTENCEUSER billing=pii:name/PersistenceUser | data-sovereignty.personal-data-in-several-components GOVERNED BLOCKING",
        "orders=pii:name/Members billing=pii:name/Member      | data-sovereignty.personal-data-in-several-components GOVERNED BLOCKING",
        "orders=pii:name/member_accounts billing=pii:name/MemberAccount | data-sovereignty.personal-data-in-several-components GOVERNED BLOCKING",
        "orders=pii:name/Members billing=pii:name/MemberAccount | data-sovereignty.personal-data-kind-in-several-components GOVERNED UNCERTAIN"})
    void callsPersonalDataACopyOnlyWhereTheSameHolderIsStoredAndAsksWhereTheHoldersDiffer(String written, String expected) {
        Classification orders = classifyAll(system(written)).get("acme/shop/orders");

        assertThat(orders.gaps().values()).filteredOn(gap -> gap.facts().get(0).fingerprint().equals("orders-0"))
                .extracting(gap -> gap.ruleId() + " " + gap.targetLevel() + " " + gap.category())
                .containsExactly(expected);
    }

    @Test
    void namesHowManyAndWhichComponentsShareTheFactInTheGapsTitle() {
        Classification orders = classifyAll(system("orders=pii:email billing=pii:email shipping=pii:phone")).get("acme/shop/orders");

        assertThat(orders.gaps().values()).filteredOn(gap -> gap.ruleId().equals(PII)).singleElement()
                .satisfies(gap -> assertThat(gap.title())
                        .isEqualTo("Personal data (email) stored by 2 components of the system (billing, orders), here Customer.email"));
    }

    @Test
    void namesTheProtobufPackageAndTheComponentsThatEachKeepACopyOfIt() {
        Classification cart = classifyAll(system("ads=proto:hipstershop cart=proto:hipstershop shipping=proto:shipping"))
                .get("acme/shop/cart");

        assertThat(cart.gaps().values()).filteredOn(gap -> gap.ruleId().equals(PROTOBUF)).singleElement().satisfies(gap -> {
            assertThat(gap.title()).isEqualTo("Protobuf package hipstershop defined in 2 components of the system (ads, cart), each with its own copy");
            assertThat(gap.category()).isEqualTo(dev.scaleprojection.domain.Category.CONCERNING);
            assertThat(gap.targetLevel()).isEqualTo(dev.scaleprojection.domain.Level.ORCHESTRATED);
        });
    }

    @ParameterizedTest(name = "[{index}] {0} → orders' gaps on orders-0: {1}")
    @CsvSource(delimiter = '|', value = {
        "orders=pii:email                             | data-sovereignty.personal-data-owned",
        "orders=pii:email billing=pii:phone           | data-sovereignty.personal-data-owned",
        "orders=pii:email billing=pii:email           | " + PII,
        "orders=proto:orders                          | multi-region.published-language",
        "orders=proto:orders billing=proto:billing    | multi-region.published-language",
        "orders=proto:hipstershop billing=proto:hipstershop | " + PROTOBUF,
        "orders=avro:dev.acme/Order billing=avro:dev.acme/Order | " + CONTRACT})
    void tellsACopiedFindingInsteadOfTheCleanSignatureItContradicts(String written, String expected) {
        Classification orders = classifyAll(system(written)).get("acme/shop/orders");

        assertThat(orders.gaps().values().stream().filter(gap -> gap.facts().get(0).fingerprint().equals("orders-0"))
                .map(Gap::ruleId).distinct().toList()).containsExactly(expected);
    }

    @ParameterizedTest(name = "[{index}] billing stores {0} → orders' gaps on its customers' e-mail: {1}")
    @CsvSource(delimiter = '|', value = {
        "phone | data-sovereignty.personal-data-in-several-contexts",
        "email | " + PII})
    void tellsPersonalDataInSeveralContextsOnceWhenOtherComponentsStoreItToo(String billingStores, String expected) {
        Fact customers = ComponentStateTest.fact("orders-0", "data.personal-data-stored",
                Map.of("piiKind", "email", "field", "email", "holder", "Customer", "context", "customers"), 3);
        Fact invoices = ComponentStateTest.fact("orders-1", "data.personal-data-stored",
                Map.of("piiKind", "email", "field", "email", "holder", "Invoice", "context", "invoices"), 3);
        SortedMap<String, List<Fact>> components = system("billing=pii:" + billingStores);
        components.put("acme/shop/orders", List.of(customers, invoices));

        Classification orders = classifyAll(components).get("acme/shop/orders");

        assertThat(orders.gaps().values().stream().filter(gap -> gap.facts().get(0).fingerprint().equals("orders-0"))
                .map(Gap::ruleId).distinct().toList()).containsExactly(expected);
    }

    @Test
    void aComponentClassifiedAloneNeverFiresARuleThatLooksAcrossComponents() {
        List<Fact> facts = system("orders=pii:email,pii:email").get("acme/shop/orders");

        assertThat(classifier.classify(facts).gaps().values()).noneMatch(gap -> gap.ruleId().equals(PII));
    }

    @Test
    void showsOnlyTheRulesThatLookAcrossComponentsAndTheValuesTheirFactsShare() {
        List<Fact> facts = system("orders=pii:email,pii:phone,avro:dev.acme/Order,avro:/Nameless,call:billing").get("acme/shop/orders");

        assertThat(classifier.signals(facts, List.of(), 0L)).containsOnlyKeys(PII, PII_KIND, CONTRACT)
                .hasEntrySatisfying(PII, values -> assertThat(values).containsExactly("email\u001fcustomer", "phone\u001fcustomer"))
                .hasEntrySatisfying(PII_KIND, values -> assertThat(values).containsExactly("email", "phone"))
                .hasEntrySatisfying(CONTRACT, values -> assertThat(values).containsExactly("dev.acme\u001fOrder"));
    }
}
