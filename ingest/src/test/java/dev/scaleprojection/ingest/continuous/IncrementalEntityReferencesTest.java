package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.domain.ReferencesById;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.GitRepositories;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whose entity an id names is told from every file ({@code context.reference-by-id}), yet a commit that changes
 * entities or ids is rescanned incrementally: the rescan reads only the changed files and resolves the references
 * again from the entity index kept in the state. After each commit of the table the result equals a full scan's, the
 * files read are the changed ones, and the references of files not read again follow their entities.
 */
class IncrementalEntityReferencesTest {

    private static final String CUSTOMERS = "orders/src/main/java/com/shop/customers/";
    private static final String ORDERS = "orders/src/main/java/com/shop/orders/";
    private static final String CUSTOMER = """
            package com.shop.customers;

            @Entity
            public class Customer {
                @Id
                private Long id;
            }
            """;
    private static final String ORDER = """
            package com.shop.orders;

            @Entity
            public class Order {
                @Id
                private Long id;
                private Long customerId;
            }
            """;
    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path temp;

    private GitFixture origin;
    private final RepositoryScanner scanner = new RepositoryScanner();
    private final IncrementalScanner incremental = new IncrementalScanner(scanner);
    private RepositoryStateStore store;

    /** The shop, whose orders keep their customer's id: one reference from the orders context to the customers one. */
    @BeforeEach
    void cloneAndScanTheShopWithEntities() {
        origin = GitFixture.ofFixture("shop", temp.resolve("origin"));
        origin.write(CUSTOMERS + "Customer.java", CUSTOMER).write(ORDERS + "Order.java", ORDER).commit("entities");
        store = new RepositoryStateStore(temp.resolve("state"));
        save(incremental.scan(fetch(), "shop", ScanOptions.defaults(), Optional.empty()).result());
        assertThat(references(store.load("shop").orElseThrow().facts().stream().map(f -> f.finding().kind()))).isEqualTo(1);
    }

    @AfterEach
    void close() {
        origin.close();
    }

    static Stream<Arguments> commits() {
        return Stream.of(
                commit("an entity gains a field that is no id", 1, 1, shop -> shop.replace(ORDERS + "Order.java",
                        "private Long customerId;", "private Long customerId;\n    private int lines;")),
                commit("an entity is added that holds the id of another context's entity", 1, 2, shop -> shop.write(
                        CUSTOMERS + "Invoice.java", """
                        package com.shop.customers;

                        @Entity
                        public class Invoice {
                            @Id
                            private Long id;
                            private Long orderId;
                        }
                        """)),
                commit("the entity an id names is renamed", 1, 0, shop -> shop.replace(CUSTOMERS + "Customer.java",
                        "class Customer", "class Client")),
                commit("the entity an id names is deleted", 1, 0, shop -> shop.delete(CUSTOMERS + "Customer.java")),
                commit("an entity gains the id of another context's entity", 1, 2, shop -> shop.replace(CUSTOMERS + "Customer.java",
                        "private Long id;", "private Long id;\n    private Long orderId;")),
                commit("an id field is removed", 1, 0, shop -> shop.replace(ORDERS + "Order.java", "    private Long customerId;\n", "")),
                commit("the entity an id names moves into the holder's context", 2, 0, shop -> shop.delete(CUSTOMERS + "Customer.java")
                        .write(ORDERS + "Customer.java", CUSTOMER.replace("com.shop.customers", "com.shop.orders"))),
                commit("an entity's file is renamed within its folder", 2, 1, shop -> shop.delete(CUSTOMERS + "Customer.java")
                        .write(CUSTOMERS + "Client.java", CUSTOMER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commits")
    void aCommitThatChangesEntitiesOrIdsRereadsOnlyItsFilesAndResolvesTheReferencesAsAFullScanWould(
            String commit, int filesChanged, int referencesAfter, Consumer<GitFixture> change) {
        change.accept(origin);
        origin.commit(commit);

        RepositoryState previous = store.load("shop").orElseThrow();
        IncrementalScanner.Outcome outcome = incremental.scan(fetch(), "shop", ScanOptions.defaults(), Optional.of(previous));

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.filesRead()).isLessThanOrEqualTo(filesChanged);
        assertThat(references(outcome.result().facts().stream().map(f -> f.finding().kind()))).isEqualTo(referencesAfter);
        FullScanEquality.assertSameAsFullScan(outcome.result(), scanner.scan(fetch(), "shop", ScanOptions.defaults()), previous);
    }

    @Test
    void aStateSavedWithoutTheEntityIndexScansEverythingAndSaysWhy() {
        RepositoryState state = store.load("shop").orElseThrow();
        store.save("shop", new RepositoryState(state.commit(), state.components(), state.facts(), state.skipped(),
                state.filesScanned(), state.bytesScanned(), state.publishedComponentIds(), null, null, null, state.scannerBuild()));
        origin.replace(ORDERS + "Order.java", "private Long id;", "private Long id; // the order number").commit("explain");

        RepositoryState previous = store.load("shop").orElseThrow();
        IncrementalScanner.Outcome outcome = incremental.scan(fetch(), "shop", ScanOptions.defaults(), Optional.of(previous));

        assertThat(previous.knowsFilesAcross()).isFalse();
        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("no entity index");
        FullScanEquality.assertSameAsFullScan(outcome.result(), scanner.scan(fetch(), "shop", ScanOptions.defaults()), previous);
    }

    @Test
    void anEntityThatMovesToAFolderWithoutFactsScansEverythingAndNamesTheFile() {
        origin.delete(ORDERS + "Order.java").write("orders/src/main/java/com/shop/billing/Order.java",
                ORDER.replace("com.shop.orders", "com.shop.billing")).commit("billing keeps the orders");

        RepositoryState previous = store.load("shop").orElseThrow();
        IncrementalScanner.Outcome outcome = incremental.scan(fetch(), "shop", ScanOptions.defaults(), Optional.of(previous));

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("com/shop/billing/Order.java has facts or entities now");
        FullScanEquality.assertSameAsFullScan(outcome.result(), scanner.scan(fetch(), "shop", ScanOptions.defaults()), previous);
    }

    private static Arguments commit(String name, int filesChanged, int referencesAfter, Consumer<GitFixture> change) {
        return Arguments.of(name, filesChanged, referencesAfter, change);
    }

    private static long references(Stream<String> kinds) {
        return kinds.filter(ReferencesById.KIND::equals).count();
    }

    private Path fetch() {
        return GitRepositories.cloneOrFetch(origin.url(), temp.resolve("repos"));
    }

    private void save(ScanResult result) {
        FactPublisher.ScanEvents events = FactPublisher.events(result, "acme", "shop", AT);
        store.save("shop", RepositoryState.of(result, events.componentIds()).orElseThrow());
    }
}
