package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ids of another context's entity held by an entity, told from the files of a whole repository. */
class ReferencesByIdTest {

    private static final String CUSTOMER_JPA = """
            package com.acme.shop.customers.domain;

            @Entity
            public class Customer {
                @Id
                private Long id;
                private String name;
            }
            """;

    private static final String ORDER_JPA = """
            package com.acme.shop.orders.domain;

            @Entity
            public class Order {
                @Id
                private UUID id;
            }
            """;
    private static final String ADDRESS_DJANGO = """
            from django.db import models

            class Address(models.Model):
                street = models.CharField(max_length=100)
            """;
    private static final String ORDER_DJANGO = """
            from django.db import models

            class Order(models.Model):
                number = models.CharField(max_length=20)
            """;

    /** The referencing file's path and text, then the other files as path, text pairs. */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("a JPA entity holding another context's entity's id", List.of(
                        "src/main/java/com/acme/shop/orders/domain/Order.java", """
                                package com.acme.shop.orders.domain;

                                @Entity
                                public class Order {
                                    @Id
                                    private Long id;
                                    private Long customerId;
                                }
                                """,
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", CUSTOMER_JPA),
                        List.of("Order.customerId: orders -> customers (Customer)")),
                arguments("JPA entities of two services: their packages name the contexts", List.of(
                        "ftgo-order-service/src/main/java/net/acme/ftgo/orderservice/domain/Order.java", """
                                package net.acme.ftgo.orderservice.domain;

                                @Entity
                                public class Order {
                                    @Id
                                    private Long id;
                                    private Long consumerId;
                                }
                                """,
                        "ftgo-consumer-service/src/main/java/net/acme/ftgo/consumerservice/domain/Consumer.java", """
                                package net.acme.ftgo.consumerservice.domain;

                                @Entity
                                public class Consumer {
                                    @Id
                                    private Long id;
                                }
                                """),
                        List.of("Order.consumerId: orderservice -> consumerservice (Consumer)")),
                arguments("a typed id of another module's aggregate in a private EF field", List.of(
                        "src/Modules/Payments/Domain/MeetingFees/MeetingFee.cs", """
                                namespace CompanyName.Payments.Domain.MeetingFees
                                {
                                    public class MeetingFee : Entity, IAggregateRoot
                                    {
                                        private MeetingId _meetingId;
                                        private PayerId _payerId;
                                        private decimal _fee;
                                    }
                                }
                                """,
                        "src/Modules/Meetings/Domain/Meetings/Meeting.cs", """
                                namespace CompanyName.Meetings.Domain.Meetings
                                {
                                    public class Meeting : Entity, IAggregateRoot
                                    {
                                        private MeetingGroupId _meetingGroupId;
                                        private string _title;
                                    }
                                }
                                """,
                        "src/Modules/Payments/Domain/Payers/Payer.cs", """
                                namespace CompanyName.Payments.Domain.Payers
                                {
                                    public class Payer : Entity, IAggregateRoot
                                    {
                                        private string _email;
                                    }
                                }
                                """),
                        List.of("MeetingFee._meetingId: payments -> meetings (Meeting)")),
                arguments("a Django UUID field naming another app's model, below a manager that is no column", List.of(
                        "shop/orders/models.py", """
                                from django.db import models

                                class Order(models.Model):
                                    objects = OrderManager()
                                    customer_id = models.UUIDField()
                                    total = models.DecimalField()
                                """,
                        "shop/customers/models.py", """
                                from django.db import models

                                class Customer(models.Model):
                                    name = models.CharField(max_length=100)
                                """),
                        List.of("Order.customer_id: orders -> customers (Customer)")),
                arguments("a TypeORM column holding another module's entity's id", List.of(
                        "src/orders/order.entity.ts", """
                                import { Entity, Column } from 'typeorm';

                                @Entity()
                                export class Order {
                                  @Column()
                                  customerId: string;
                                }
                                """,
                        "src/customers/customer.entity.ts", """
                                import { Entity, Column } from 'typeorm';

                                @Entity()
                                export class Customer {
                                  @Column()
                                  name: string;
                                }
                                """),
                        List.of("Order.customerId: orders -> customers (Customer)")),
                arguments("a gorm model holding another package's model's id", List.of(
                        "pkg/orders/order.go", """
                                package orders

                                type Order struct {
                                    ID         uint   `gorm:"primaryKey"`
                                    CustomerID uint64 `gorm:"index"`
                                }
                                """,
                        "pkg/customers/customer.go", """
                                package customers

                                type Customer struct {
                                    ID   uint   `gorm:"primaryKey"`
                                    Name string `gorm:"size:100"`
                                }
                                """),
                        List.of("Order.CustomerID: orders -> customers (Customer)")),
                arguments("a Spring Data JDBC entity (an @Id, no @Entity) naming another context's database entity", List.of(
                        "src/main/java/io/acme/library/lending/infrastructure/HoldRow.java", """
                                package io.acme.library.lending.infrastructure;

                                class HoldRow {
                                    @Id
                                    Long id;
                                    UUID bookId;
                                }
                                """,
                        "src/main/java/io/acme/library/catalogue/BookDatabaseEntity.java", """
                                package io.acme.library.catalogue;

                                class BookDatabaseEntity {
                                    @Id
                                    Long id;
                                    String title;
                                }
                                """),
                        List.of("HoldRow.bookId: lending -> catalogue (BookDatabaseEntity)")),
                arguments("a JPA entity holding a collection of another context's entity's ids", List.of(
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", """
                                package com.acme.shop.customers.domain;

                                @Entity
                                public class Customer {
                                    @Id
                                    private Long id;
                                    @ElementCollection
                                    private List<UUID> orderIds;
                                }
                                """,
                        "src/main/java/com/acme/shop/orders/domain/Order.java", ORDER_JPA),
                        List.of("Customer.orderIds: customers -> orders (Order)")),
                arguments("a Django array of another app's model's ids", List.of(
                        "shop/customers/models.py", """
                                from django.contrib.postgres.fields import ArrayField
                                from django.db import models

                                class Customer(models.Model):
                                    order_ids = ArrayField(models.UUIDField(), default=list)
                                """,
                        "shop/orders/models.py", ORDER_DJANGO),
                        List.of("Customer.order_ids: customers -> orders (Order)")),
                arguments("an id named for the role another context's entity plays", List.of(
                        "shop/orders/models.py", """
                                from django.db import models

                                class Order(models.Model):
                                    billing_address_id = models.UUIDField()
                                """,
                        "shop/addresses/models.py", ADDRESS_DJANGO),
                        List.of("Order.billing_address_id: orders -> addresses (Address)")),
                arguments("an id of an entity of the holder's own context", List.of(
                        "src/main/java/com/acme/shop/orders/domain/OrderLine.java", """
                                package com.acme.shop.orders.domain;

                                @Entity
                                public class OrderLine {
                                    @Id
                                    private Long id;
                                    private Long orderId;
                                }
                                """,
                        "src/main/java/com/acme/shop/orders/domain/Order.java", """
                                package com.acme.shop.orders.domain;

                                @Entity
                                public class Order {
                                    @Id
                                    private Long id;
                                }
                                """),
                        List.of()),
                arguments("an id of an entity of another module whose packages name the same context", List.of(
                        "ftgo-kitchen-service-api/src/main/java/net/acme/ftgo/kitchenservice/api/TicketLineItem.java", """
                                package net.acme.ftgo.kitchenservice.api;

                                @Embeddable
                                public class TicketLineItem {
                                    private String menuItemId;
                                    private int quantity;
                                }
                                """,
                        "ftgo-kitchen-service/src/main/java/net/acme/ftgo/kitchenservice/domain/MenuItem.java", """
                                package net.acme.ftgo.kitchenservice.domain;

                                @Embeddable
                                public class MenuItem {
                                    private String name;
                                }
                                """),
                        List.of()),
                arguments("an id of an aggregate of the same module, in a sibling folder below the domain layer", List.of(
                        "src/Modules/Meetings/Domain/Meetings/Meeting.cs", """
                                namespace CompanyName.Meetings.Domain.Meetings
                                {
                                    public class Meeting : Entity, IAggregateRoot
                                    {
                                        private MeetingGroupId _meetingGroupId;
                                    }
                                }
                                """,
                        "src/Modules/Meetings/Domain/MeetingGroups/MeetingGroup.cs", """
                                namespace CompanyName.Meetings.Domain.MeetingGroups
                                {
                                    public class MeetingGroup : Entity, IAggregateRoot
                                    {
                                        private string _name;
                                    }
                                }
                                """),
                        List.of()),
                arguments("an own copy of another context's entity: the id names the local one", List.of(
                        "src/InvoiceService/Domain/Entities/Invoice.cs", """
                                namespace Pitstop.InvoiceService.Domain.Entities
                                {
                                    public class Invoice : Entity
                                    {
                                        public string CustomerId { get; set; }
                                    }
                                }
                                """,
                        "src/InvoiceService/Domain/Entities/Customer.cs", """
                                namespace Pitstop.InvoiceService.Domain.Entities
                                {
                                    public class Customer : Entity
                                    {
                                        public string Name { get; set; }
                                    }
                                }
                                """,
                        "src/CustomerManagement/Domain/Entities/Customer.cs", """
                                namespace Pitstop.CustomerManagement.Domain.Entities
                                {
                                    public class Customer : Entity
                                    {
                                        public string Name { get; set; }
                                    }
                                }
                                """),
                        List.of()),
                arguments("an external provider's id: no entity of the repository", List.of(
                        "src/main/java/com/acme/shop/billing/domain/Account.java", """
                                package com.acme.shop.billing.domain;

                                @Entity
                                public class Account {
                                    @Id
                                    private Long id;
                                    private String stripeCustomerId;
                                }
                                """,
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", CUSTOMER_JPA),
                        List.of()),
                arguments("netbox: a provider's service id in a text column, though ipam declares a Service", List.of(
                        "netbox/circuits/models/providers.py", """
                                from django.db import models

                                class ProviderNetwork(models.Model):
                                    name = models.CharField(max_length=100)
                                    service_id = models.CharField(max_length=100, blank=True)
                                """,
                        "netbox/ipam/models/services.py", """
                                from django.db import models

                                class Service(models.Model):
                                    name = models.CharField(max_length=100)
                                """),
                        List.of()),
                arguments("a first word that is no role: a provider's number, an outside id, the customer's own order number",
                        List.of(
                        "shop/billing/models.py", """
                                from django.db import models

                                class Invoice(models.Model):
                                    stripe_customer_id = models.UUIDField()
                                    external_order_id = models.BigIntegerField()
                                    customer_order_id = models.BigIntegerField()
                                """,
                        "shop/orders/models.py", ORDER_DJANGO,
                        "shop/customers/models.py", """
                                from django.db import models

                                class Customer(models.Model):
                                    name = models.CharField(max_length=100)
                                """),
                        List.of()),
                arguments("collections that hold no ids: a JSON document, and names", List.of(
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", """
                                package com.acme.shop.customers.domain;

                                @Entity
                                public class Customer {
                                    @Id
                                    private Long id;
                                    private List<OrderLine> orderIds;
                                }
                                """,
                        "shop/customers/models.py", """
                                from django.db import models

                                class Customer(models.Model):
                                    order_ids = models.JSONField(default=list)
                                """,
                        "src/main/java/com/acme/shop/orders/domain/Order.java", ORDER_JPA,
                        "shop/orders/models.py", ORDER_DJANGO),
                        List.of()),
                arguments("the foreign key of an EF navigation property to another context's entity", List.of(
                        "src/Ordering/Domain/Entities/Order.cs", """
                                namespace Shop.Ordering.Domain.Entities
                                {
                                    public class Order : Entity
                                    {
                                        public int CustomerId { get; set; }
                                        public Customer Customer { get; set; }
                                    }
                                }
                                """,
                        "src/Customers/Domain/Entities/Customer.cs", """
                                namespace Shop.Customers.Domain.Entities
                                {
                                    public class Customer : Entity
                                    {
                                        public string Name { get; set; }
                                    }
                                }
                                """),
                        List.of()),
                arguments("a JPA join column: an ORM relationship, not an id held by value", List.of(
                        "src/main/java/com/acme/shop/orders/domain/Order.java", """
                                package com.acme.shop.orders.domain;

                                @Entity
                                public class Order {
                                    @Id
                                    private Long id;
                                    @JoinColumn(name = "customer_id")
                                    private Long customerId;
                                }
                                """,
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", CUSTOMER_JPA),
                        List.of()),
                arguments("a Django ForeignKey and a SQLAlchemy ForeignKey column: relationships in the database", List.of(
                        "shop/orders/models.py", """
                                from django.db import models

                                class Order(models.Model):
                                    customer_id = models.ForeignKey('customers.Customer', on_delete=models.CASCADE)

                                class Invoice(Base):
                                    __tablename__ = 'invoices'
                                    customer_id = Column(Integer, ForeignKey('customers.id'))
                                """,
                        "shop/customers/models.py", """
                                from django.db import models

                                class Customer(models.Model):
                                    name = models.CharField(max_length=100)
                                """),
                        List.of()),
                arguments("netbox: the id half of a generic foreign key, and a group's own number", List.of(
                        "netbox/ipam/models/fhrp.py", """
                                from django.db import models

                                class FHRPGroup(models.Model):
                                    group_id = models.PositiveSmallIntegerField()

                                class FHRPGroupAssignment(models.Model):
                                    interface_type = models.ForeignKey(
                                        to='contenttypes.ContentType',
                                        on_delete=models.CASCADE
                                    )
                                    interface_id = models.PositiveBigIntegerField()
                                    interface = GenericForeignKey(
                                        ct_field='interface_type',
                                        fk_field='interface_id'
                                    )
                                """,
                        "netbox/dcim/models/interfaces.py", """
                                from django.db import models

                                class Interface(models.Model):
                                    name = models.CharField(max_length=64)
                                """,
                        "netbox/users/models/groups.py", """
                                from django.db import models

                                class Group(models.Model):
                                    name = models.CharField(max_length=64)
                                """),
                        List.of()),
                arguments("a sequelize-typescript foreign key column", List.of(
                        "server/documents/Document.ts", """
                                @Table({ tableName: "documents" })
                                export class Document extends Model {
                                  @ForeignKey(() => User)
                                  @Column(DataType.UUID)
                                  userId: string;
                                }
                                """,
                        "server/users/User.ts", """
                                @Table({ tableName: "users" })
                                export class User extends Model {
                                  @Column
                                  name: string;
                                }
                                """),
                        List.of()),
                arguments("a request type that is no entity", List.of(
                        "src/main/java/com/acme/shop/orders/web/PlaceOrderRequest.java", """
                                package com.acme.shop.orders.web;

                                public class PlaceOrderRequest {
                                    private Long customerId;
                                    private String note;
                                }
                                """,
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", CUSTOMER_JPA),
                        List.of()),
                arguments("a DTO in a DTOs folder that copies an entity's shape", List.of(
                        "src/Workshop/DTOs/VehicleDTO.cs", """
                                namespace Shop.Workshop.DTOs
                                {
                                    public class VehicleDTO : Entity
                                    {
                                        public string CustomerId { get; set; }
                                    }
                                }
                                """,
                        "src/Customers/Domain/Entities/Customer.cs", """
                                namespace Shop.Customers.Domain.Entities
                                {
                                    public class Customer : Entity
                                    {
                                        public string Name { get; set; }
                                    }
                                }
                                """),
                        List.of()),
                arguments("a test type written into a production file", List.of(
                        "src/main/java/com/acme/shop/orders/domain/Fixtures.java", """
                                package com.acme.shop.orders.domain;

                                class OrderTest {
                                    @Entity
                                    static class TestOrder {
                                        @Id
                                        private Long id;
                                        private Long customerId;
                                    }
                                }
                                """,
                        "src/main/java/com/acme/shop/customers/domain/Customer.java", CUSTOMER_JPA),
                        List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void reportsAnEntityHoldingTheIdOfAnotherContextsEntityOnly(String description, List<String> files, List<String> expected) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            findings.addAll(new ReferenceByIdDetector().detect(new SourceFile(files.get(i), files.get(i + 1))));
        }

        List<Finding> facts = ReferencesById.resolve(findings);

        assertThat(facts).allSatisfy(fact -> assertThat(fact.kind()).isEqualTo(ReferencesById.KIND));
        assertThat(facts).extracting(fact -> fact.anchor() + ": " + fact.attribute("fromContext") + " -> "
                + fact.attribute("toContext") + " (" + fact.attribute("target") + ")").containsExactlyElementsOf(expected);
        assertThat(facts).allSatisfy(fact -> assertThat(fact.attribute("context")).isEqualTo(fact.attribute("fromContext")));
    }

    @Test
    void keepsTheFindingsOfOtherDetectorsAndDropsTheDeclarations() {
        Finding other = new Finding("endpoint.hardcoded", Finding.SOURCE_CODE, "a/B.java", 3, 3, "x", "B.url", java.util.Map.of());
        List<Finding> findings = new ArrayList<>(new ReferenceByIdDetector().detect(new SourceFile(
                "src/main/java/com/acme/shop/customers/domain/Customer.java", CUSTOMER_JPA)));
        findings.add(other);

        assertThat(findings).extracting(Finding::kind).contains(ReferencesById.DECLARED);
        assertThat(ReferencesById.resolve(findings)).containsExactly(other);
    }
}
