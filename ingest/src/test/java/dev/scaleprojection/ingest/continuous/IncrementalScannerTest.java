package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An incremental scan of a clone must find exactly what a full scan of the same commit finds: the same facts, the same
 * components and the same ScanCompleted fingerprint lists; and publishing only the facts that changed must leave the
 * classifier with the facts a full publication would. The remote is a real git repository holding the shop fixture;
 * its state goes through the JSON store as it would across a restart.
 */
class IncrementalScannerTest {

    private static final String REPOSITORY = "orders/src/main/java/com/shop/orders/OrderRepository.java";
    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path temp;

    private ShopRescans shop;
    private GitFixture origin;

    @BeforeEach
    void cloneAndScanTheShop() {
        shop = ShopRescans.clonedAndScanned(temp);
        origin = shop.origin();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void changingOneSourceFileRereadsOnlyItAndPublishesWhatAFullScanWould() {
        origin.replace(REPOSITORY, "db.shop.internal:5432", "db2.shop.internal:6543").commit("move the database");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.reason()).isEqualTo("1 changed file: " + REPOSITORY);
        assertThat(outcome.filesRead()).isEqualTo(1);
        assertThat(outcome.result().facts()).anySatisfy(f -> assertThat(f.finding().snippet()).contains("db2.shop.internal"));
        shop.assertSameAsFullScan(outcome.result());
        assertThat(FactPublisher.changes(outcome.result(), shop.previous().facts(), "acme", "shop", AT).events())
                .filteredOn(e -> e.getPayload() instanceof FactObserved).isNotEmpty()
                .allSatisfy(e -> assertThat(((FactObserved) e.getPayload()).getEvidence().getPath()).isEqualTo(REPOSITORY));
    }

    @Test
    void deletingAFileDropsItsFactsAsAFullScanWould() {
        origin.delete("orders/src/main/java/com/shop/orders/OrdersSettings.java").commit("inline the settings");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.result().facts()).noneSatisfy(f -> assertThat(f.finding().path()).endsWith("OrdersSettings.java"));
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void aFileThatGainsFactsJoinsTheComponentOfItsFolder() {
        origin.write("orders/src/main/java/com/shop/orders/OrderCache.java", """
                package com.shop.orders;

                public class OrderCache {
                    private final String url = "redis://sessions.shop.internal:6380/1";
                }
                """).commit("cache orders");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.result().facts()).anySatisfy(f -> assertThat(f.finding().path()).endsWith("OrderCache.java"));
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void addingAFileWhereABackstageCatalogPlacesTheComponentsScansEverything() {
        origin.write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: orders
                spec:
                  type: service
                """).commit("catalog the shop");
        assertThat(shop.rescan().reason()).contains("catalog-info.yaml");
        shop.saveFullScan();
        origin.write("docs/notes/ORDERS.txt", "db.shop.internal:5432\n").commit("notes");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("docs/notes/ORDERS.txt was added", "catalog");
        shop.assertSameAsFullScan(outcome.result());
    }

    /** A handler file named for an event type makes its component's copy of the type a consumed one, not egress. */
    @ParameterizedTest(name = "a handler added at {0} leaves the orders' copy published: {1}")
    @CsvSource({"orders/src/main/java/com/shop/orders/CustomerRegisteredEventHandler.java, false",
            "web/src/CustomerRegisteredEventHandler.ts, true"})
    void addingAnEventHandlerRereadsOnlyItAndJudgesTheCopiesOfItsComponentAsAFullScanWould(String handler, boolean published) {
        origin.write("orders/src/main/java/com/shop/orders/CustomerRegisteredEvent.java", """
                package com.shop.orders;

                public record CustomerRegisteredEvent(String customerId, String email) { }
                """).write("orders/src/main/java/com/shop/orders/OrderPlacedEventHandler.java", """
                package com.shop.orders;

                public class OrderPlacedEventHandler { }
                """).commit("an event");
        assertThat(shop.rescan().result().facts()).anySatisfy(f -> assertThat(f.finding().path()).endsWith("CustomerRegisteredEvent.java"));
        shop.saveFullScan();
        origin.write(handler, "// consumes customer registrations\n").commit("consume it");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.filesRead()).isLessThanOrEqualTo(1);
        assertThat(outcome.result().facts().stream().anyMatch(f -> f.finding().path().endsWith("CustomerRegisteredEvent.java")))
                .isEqualTo(published);
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void deletingAnEventHandlerScansEverythingBecauseTheCopiesItConsumedArePublishedAgain() {
        origin.write("orders/src/main/java/com/shop/orders/CustomerRegisteredEvent.java", """
                package com.shop.orders;

                public record CustomerRegisteredEvent(String customerId, String email) { }
                """).write("orders/src/main/java/com/shop/orders/CustomerRegisteredEventHandler.java", """
                package com.shop.orders;

                public class CustomerRegisteredEventHandler { }
                """).commit("an event it consumes");
        shop.saveFullScan();
        origin.delete("orders/src/main/java/com/shop/orders/CustomerRegisteredEventHandler.java").commit("stop consuming it");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("CustomerRegisteredEventHandler.java was deleted");
        assertThat(outcome.result().facts()).anySatisfy(f -> assertThat(f.finding().path()).endsWith("CustomerRegisteredEvent.java"));
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void changingAConsumedEventsCopyKeepsItConsumedAsAFullScanWould() {
        origin.write("orders/src/main/java/com/shop/orders/CustomerRegisteredEvent.java", """
                package com.shop.orders;

                public record CustomerRegisteredEvent(String customerId, String email) { }
                """).write("orders/src/main/java/com/shop/orders/CustomerRegisteredEventHandler.java", """
                package com.shop.orders;

                public class CustomerRegisteredEventHandler { }
                """).commit("an event it consumes");
        shop.saveFullScan();
        assertThat(shop.store().load("shop").orElseThrow().facts())
                .noneSatisfy(f -> assertThat(f.finding().path()).endsWith("CustomerRegisteredEvent.java"));
        origin.replace("orders/src/main/java/com/shop/orders/CustomerRegisteredEvent.java", "String email)",
                "String email, String phone)").commit("the phone too");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.filesRead()).isEqualTo(1);
        assertThat(outcome.result().facts()).noneSatisfy(f -> assertThat(f.finding().path()).endsWith("CustomerRegisteredEvent.java"));
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void changingAnEventTypeThatOnlyAnotherComponentHandlesKeepsItPublishedAsAFullScanWould() {
        origin.write("orders/src/main/java/com/shop/orders/CustomerRegisteredEvent.java", """
                package com.shop.orders;

                public record CustomerRegisteredEvent(String customerId, String email) { }
                """).write("web/src/CustomerRegisteredEventHandler.ts", """
                export function onCustomerRegistered(event: unknown): void { }
                """).commit("an event the web consumes");
        shop.saveFullScan();
        origin.replace("orders/src/main/java/com/shop/orders/CustomerRegisteredEvent.java", "String email)",
                "String email, String phone)").commit("the phone too");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.result().facts()).anySatisfy(f -> assertThat(f.finding().path()).endsWith("CustomerRegisteredEvent.java"));
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void aLostPreviousCommitScansEverything() {
        RepositoryState state = shop.store().load("shop").orElseThrow();
        shop.store().save("shop", new RepositoryState("0123456789abcdef0123456789abcdef01234567", state.components(), state.facts(),
                state.skipped(), state.filesScanned(), state.bytesScanned(), state.publishedComponentIds(), state.entityIndex(),
                state.eventHandlers(), state.clientAppFolders(), state.scannerBuild()));
        origin.replace(REPOSITORY, "db.shop.internal", "db3.shop.internal").commit("again");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("is not available");
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void aScanMadeByAnotherBuildOfTheScannerScansEverything() {
        // given the saved scan of an earlier build, whose detectors may have found other facts in the unchanged files
        RepositoryState state = shop.store().load("shop").orElseThrow();
        shop.store().save("shop", new RepositoryState(state.commit(), state.components(), state.facts(), state.skipped(),
                state.filesScanned(), state.bytesScanned(), state.publishedComponentIds(), state.entityIndex(),
                state.eventHandlers(), state.clientAppFolders(), "0123456789abcdef"));
        origin.replace(REPOSITORY, "db.shop.internal", "db3.shop.internal").commit("again");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("another build of the scanner", "0123456789abcdef", ScannerBuild.id());
        shop.assertSameAsFullScan(outcome.result());
        assertThat(RepositoryState.of(outcome.result(), List.of()).orElseThrow().madeByThisScanner()).isTrue();
    }

    @Test
    void aSharedConfigurationAddedForAComponentIsThatComponentsAsAFullScanWouldPlaceIt() {
        // given a configuration server's shared files: one for orders, one for every application
        origin.write("config/src/main/resources/shared/application.yml", "spring:\n  rabbitmq:\n    host: rabbit.shop.internal\n")
                .commit("shared configuration");
        shop.saveFullScan();
        origin.write("config/src/main/resources/shared/orders.yml", "spring:\n  data:\n    mongodb:\n      host: orders-db.shop.internal\n")
                .commit("orders' configuration");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.result().facts()).filteredOn(f -> f.finding().path().endsWith("shared/orders.yml"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.component()).isEqualTo("orders"));
        shop.assertSameAsFullScan(outcome.result());
    }
}
