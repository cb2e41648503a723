package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedContextsTest {

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
        "orders/src/main/java/com/acme/orders/Order.java, orders",
        "src/main/java/com/acme/shop/orders/domain/Order.java, orders",
        "src/main/java/org/springframework/samples/petclinic/owner/Owner.java, owner",
        "customers-service/src/main/java/com/acme/Customer.java, customers",
        "spring-petclinic-vets-service/src/main/java/org/springframework/samples/petclinic/vets/model/Vet.java, vets",
        "spring-petclinic-vets-service/src/main/resources/db/hsqldb/schema.sql, vets",
        "spring-petclinic-customers-service/src/main/java/org/acme/Owner.java, customers",
        "orders/src/main/resources/db/migration/V1__init.sql, orders",
        "src/dispatch/database/revisions/tenant/versions/2023-01-30_e4b4991dddcd.py, dispatch",
        "src/dispatch/auth/models.py, auth",
        "billing/alembic/versions/0001_initial.py, billing",
        "order-management/src/main/resources/schema.sql, order-management",
        "shop/src/main/resources/db/billing/schema.sql, billing",
        "services/orders/app/models.py, orders",
        "src/Services/Ordering/Ordering.Domain/AggregatesModel/OrderAggregate/Order.cs, ordering",
        "src/Ordering.API/Application/IntegrationEvents/Events/OrderShipped.cs, ordering",
        "src/Services/Ordering/Ordering.API/Actors/OrderingProcessActor.cs, ordering",
        "PolicyService/Domain/Policy.hbm.xml, policy",
        "src/Equinox.UI.Web/Data/Migrations/00000000000000_CreateIdentitySchema.cs, equinox",
        "PolicySearchService.Api/Queries/FindPolicyQuery.cs, policysearch",
        "src/Servicing/Customer.cs, servicing",
        "src/adservice/AdService.java, adservice",
        "src/Basket/Grains/BasketGrain.cs, basket",
        "internal/orders/repository/postgres/repo.go, orders",
        "app/user/service/internal/data/ent/schema/address.go, user",
        "apps/api/src/users/user.entity.ts, users",
        "proto/inventory/v1/inventory.proto, inventory",
        "src/prisma/migrations/20210924225358_initial/migration.sql, root",
        "src/Modules/Meetings/Application/MeetingGroups/SendMeetingGroupCreatedEmail/SendMeetingGroupCreatedEmailCommandHandler.cs, meetings",
        "src/Modules/UserAccess/Domain/Users/User.cs, useraccess",
        "src/Modules/Payments/CompanyName.MyMeetings.Modules.Payments.Domain/Payers/Payer.cs, payments",
        "src/modules/billing/domain/invoice/invoice.entity.ts, billing",
        "src/modules/billing/invoice/invoice.entity.ts, invoice",
        "src/modules/auth/auth.service.ts, auth",
        "modules/domain/orders/order.py, orders",
        "models.py, root"
    })
    void namesTheContextAFileBelongsTo(String path, String context) {
        assertThat(BoundedContexts.ofPath(path)).isEqualTo(context);
    }

    @Test
    void answersForEachFileOfAFolderAndForTheNextFolderAlike() {
        assertThat(BoundedContexts.ofPath("services/orders/app/models.py")).isEqualTo("orders");
        assertThat(BoundedContexts.ofPath("services/orders/app/views.py")).isEqualTo("orders");
        assertThat(BoundedContexts.ofPath("services\\billing\\app\\models.py")).isEqualTo("billing");
        assertThat(BoundedContexts.ofPath("services/billing/app/views.py")).isEqualTo("billing");
        assertThat(BoundedContexts.ofPath("models.py")).isEqualTo("root");
        assertThat(BoundedContexts.ofPath("services/orders/app/models.py")).isEqualTo("orders");
    }

    @ParameterizedTest(name = "namespace {0} belongs to {1}")
    @CsvSource({
        "com.acme.shop.orders.domain, orders",
        "CompanyName.MyMeetings.Modules.Meetings.Application.MeetingGroups.SendMeetingGroupCreatedEmail, meetings",
        "Acme.Modules.Billing.Invoices, invoices"
    })
    void namesTheContextOfAPackageOrNamespace(String qualifiedName, String context) {
        assertThat(BoundedContexts.ofPackage(qualifiedName)).isEqualTo(context);
    }

    @ParameterizedTest(name = "{0} and {1} cross as {2}")
    @CsvSource(delimiter = '|', value = {
        "com.acme.shop.orders.domain | com.acme.shop.customers.domain | orders,customers",
        "com.acme.orders.domain | com.acme.orders.persistence | ",
        "com.acme.orders.domain.order | com.acme.orders.domain.customer | ",
        "com.acme.orders | com.acme.orders.line | ",
        "com.ewolff.microservice.order.logic | com.ewolff.microservice.order.customer | ",
        "Shop.Orders.BLL | Shop.Orders.DAL | ",
        "com.acme.orders | org.other.customers | "
    })
    void tellsWhereTwoPackagesCrossContexts(String from, String to, String crossing) {
        List<String> expected = crossing == null ? List.of() : Arrays.asList(crossing.split(","));

        assertThat(BoundedContexts.crossing(List.of(from.split("\\.")), List.of(to.split("\\.")), 2).orElse(List.of()))
                .isEqualTo(expected);
    }
}
