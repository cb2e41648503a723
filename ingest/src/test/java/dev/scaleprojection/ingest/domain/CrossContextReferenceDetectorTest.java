package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.CrossContextReferenceDetector.REFERENCE;
import static dev.scaleprojection.ingest.domain.CrossContextReferenceDetector.TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrossContextReferenceDetectorTest {

    private final CrossContextReferenceDetector detector = new CrossContextReferenceDetector();

    static Stream<Arguments> crossings() {
        return Stream.of(
                arguments("a JPA many-to-one to another context's entity", "src/main/java/com/acme/shop/orders/domain/Order.java", """
                        package com.acme.shop.orders.domain;

                        import com.acme.shop.customers.domain.Customer;

                        @Entity
                        public class Order {
                            @ManyToOne(fetch = FetchType.LAZY)
                            private Customer customer;
                        }
                        """, Expected.of(REFERENCE, 8, "Order.customer", "fromContext", "orders", "toContext", "customers",
                        "target", "com.acme.shop.customers.domain.Customer", "relation", "ManyToOne")),
                arguments("a one-to-many collection of another context's entity", "src/main/java/com/acme/billing/Invoice.java", """
                        package com.acme.billing;

                        import com.acme.shipping.Parcel;

                        @Entity
                        public class Invoice {
                            @OneToMany(mappedBy = "invoice")
                            private List<Parcel> parcels;
                        }
                        """, Expected.of(REFERENCE, 8, "Invoice.parcels", "fromContext", "billing", "toContext", "shipping",
                        "relation", "OneToMany")),
                arguments("a Kotlin entity", "src/main/kotlin/com/acme/shop/orders/Order.kt", """
                        package com.acme.shop.orders

                        import com.acme.shop.catalog.Product

                        @Entity
                        class OrderLine(
                            @ManyToOne val product: Product
                        )
                        """, Expected.of(REFERENCE, 7, "OrderLine.product", "toContext", "catalog")),
                arguments("a TypeORM relation to an entity of another module", "src/orders/order.entity.ts", """
                        import { Entity, ManyToOne } from 'typeorm';
                        import { Customer } from '../customers/customer.entity';

                        @Entity()
                        export class Order {
                          @ManyToOne(() => Customer, (customer) => customer.orders)
                          customer: Customer;
                        }
                        """, Expected.of(REFERENCE, 7, "Order.customer", "fromContext", "orders", "toContext", "customers",
                        "relation", "ManyToOne")),
                arguments("a Django foreign key to another app's model", "shop/orders/models.py", """
                        class Order(models.Model):
                            customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT)
                        """, Expected.of(REFERENCE, 2, "Order.customer", "fromContext", "orders", "toContext", "customers",
                        "relation", "ForeignKey")),
                arguments("a Django foreign key from a models.py inside a models package (netbox's extras/models/models.py)",
                        "netbox/extras/models/models.py", """
                        class SavedFilter(models.Model):
                            owner = models.ForeignKey("users.User", on_delete=models.CASCADE)
                        """, Expected.of(REFERENCE, 2, "SavedFilter.owner", "fromContext", "extras", "toContext", "users")),
                arguments("a Django foreign key from an app's module of abstract models (django-oscar)",
                        "src/oscar/apps/order/abstract_models.py", """
                        class AbstractOrder(models.Model):
                            basket = models.ForeignKey("basket.Basket", on_delete=models.SET_NULL, null=True)
                        """, Expected.of(REFERENCE, 2, "AbstractOrder.basket", "fromContext", "order", "toContext", "basket")),
                arguments("a Django foreign key to a model imported from another app's module of abstract models",
                        "shop/orders/models.py", """
                        from shop.catalog.abstract_models import Product

                        class OrderLine(models.Model):
                            product = models.ForeignKey(Product, on_delete=models.PROTECT)
                        """, Expected.of(REFERENCE, 4, "OrderLine.product", "fromContext", "orders", "toContext", "catalog")),
                arguments("a Django foreign key to an imported model", "shop/orders/models.py", """
                        from shop.catalog.models import Product

                        class OrderLine(models.Model):
                            product = models.ForeignKey(Product, on_delete=models.PROTECT)
                        """, Expected.of(REFERENCE, 4, "OrderLine.product", "toContext", "catalog")),
                arguments("a Django foreign key to the user model from another app", "shop/orders/models.py", """
                        class Order(models.Model):
                            user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
                        """, Expected.of(REFERENCE, 2, "Order.user", "fromContext", "orders", "toContext", "auth")),
                arguments("a SQLAlchemy relationship to an imported class", "app/orders/models.py", """
                        from app.customers.models import Customer

                        class Order(Base):
                            customer_id = Column(ForeignKey("customers.id"))
                            customer = relationship(Customer)
                        """, Expected.of(REFERENCE, 5, "Order.customer", "fromContext", "orders", "toContext", "customers",
                        "relation", "relationship")),
                arguments("an EF navigation property to another context's namespace", "src/Shop/Ordering/Domain/Entities/Order.cs", """
                        using Shop.Customers.Domain;

                        namespace Shop.Ordering.Domain.Entities;

                        public class Order
                        {
                            public int Id { get; set; }
                            public virtual Customer Customer { get; set; }
                        }
                        """, Expected.of(REFERENCE, 8, "Order.Customer", "fromContext", "ordering", "toContext", "customers")),
                arguments("a transaction writing to two contexts", "src/main/java/com/acme/shop/orders/CheckoutService.java", """
                        package com.acme.shop.orders;

                        import com.acme.shop.inventory.StockRepository;

                        @Service
                        public class CheckoutService {
                            private final OrderRepository orders;
                            private final StockRepository stock;

                            @Transactional
                            public void checkout(Cart cart) {
                                stock.reserve(cart.items());
                                orders.save(Order.from(cart));
                            }
                        }
                        """, Expected.of(TRANSACTION, 11, "CheckoutService.checkout", "contexts", "inventory,orders",
                        "writes", "OrderRepository,StockRepository")),
                arguments("a Django atomic block writing to two apps", "shop/orders/services.py", """
                        from shop.loyalty.models import Points
                        from .models import Order

                        def place(cart):
                            with transaction.atomic():
                                order = Order.objects.create(total=cart.total)
                                Points.objects.filter(user=cart.user).update(balance=F("balance") + 10)
                            return order
                        """, Expected.of(TRANSACTION, 5, "place", "contexts", "loyalty,orders")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossings")
    void reportsWhatCrossesABoundedContext(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a Django foreign key within an app, from its module of abstract models (django-oscar's basket)",
                        "src/oscar/apps/basket/abstract_models.py", """
                        class AbstractLine(models.Model):
                            basket = models.ForeignKey("basket.Basket", on_delete=models.CASCADE, related_name="lines")
                        """),
                arguments("a reference by id", "src/main/java/com/acme/shop/orders/domain/Order.java", """
                        package com.acme.shop.orders.domain;

                        @Entity
                        public class Order {
                            private Long customerId;
                        }
                        """),
                arguments("a relation within one context", "src/main/java/com/acme/shop/orders/domain/Order.java", """
                        package com.acme.shop.orders.domain;

                        import com.acme.shop.orders.domain.line.OrderLine;

                        @Entity
                        public class Order {
                            @OneToMany private List<OrderLine> lines;
                            @ManyToOne private Warehouse warehouse;
                        }
                        """),
                arguments("a relation between layers of one context", "src/main/java/com/acme/orders/domain/Order.java", """
                        package com.acme.orders.domain;

                        import com.acme.orders.persistence.AuditRecord;

                        @Entity
                        public class Order {
                            @OneToOne private AuditRecord audit;
                        }
                        """),
                arguments("Django relations inside the app and to a same-app string", "shop/orders/models.py", """
                        from .models_base import Base
                        class OrderLine(models.Model):
                            order = models.ForeignKey("Order", on_delete=models.CASCADE)
                            other = models.ForeignKey("orders.Order", on_delete=models.CASCADE)
                        """),
                arguments("a Django generic relation's content type is the framework's table, not a context (saleor)",
                        "saleor/core/models.py", """
                        from django.contrib.contenttypes.models import ContentType

                        class EventPayload(models.Model):
                            content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
                        """),
                arguments("Django's sites and content types named by their app labels", "shop/pages/models.py", """
                        class Page(models.Model):
                            site = models.ForeignKey("sites.Site", on_delete=models.CASCADE)
                            kind = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
                        """),
                arguments("the app defining the custom user model refers to itself through AUTH_USER_MODEL",
                        "saleor/account/models.py", """
                        class User(PermissionsMixin, ModelWithMetadata, AbstractBaseUser):
                            email = models.EmailField(unique=True)

                        class CustomerNote(models.Model):
                            user = models.ForeignKey(settings.AUTH_USER_MODEL, blank=True, null=True, on_delete=models.SET_NULL)
                        """),
                arguments("a Django relation to a model of the same app in a models package", "shop/attribute/models/variant.py", """
                        from .base import AttributeValue

                        class AssignedVariantAttribute(models.Model):
                            values = models.ManyToManyField(AttributeValue)
                        """),
                arguments("an EF property of a value type or its own namespace", "src/Shop/Ordering/Domain/Entities/Order.cs", """
                        using System;
                        using Shop.Ordering.Domain.Shared;

                        namespace Shop.Ordering.Domain.Entities;

                        public class Order
                        {
                            public DateTime CreatedAt { get; set; }
                            public OrderStatus Status { get; set; }
                            public Guid BuyerId { get; set; }
                        }
                        """),
                arguments("a transaction within one context", "src/main/java/com/acme/shop/orders/OrderService.java", """
                        package com.acme.shop.orders;

                        import com.acme.shop.inventory.StockRepository;

                        public class OrderService {
                            private final OrderRepository orders;
                            private final StockRepository stock;

                            @Transactional
                            public void place(Order order) {
                                stock.findAvailable(order.items());
                                orders.save(order);
                            }
                        }
                        """),
                arguments("a relation in a test", "src/test/java/com/acme/shop/orders/OrderTest.java", """
                        package com.acme.shop.orders;
                        import com.acme.shop.customers.Customer;
                        @Entity class OrderTestEntity { @ManyToOne Customer customer; }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatStaysInsideItsContext(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
