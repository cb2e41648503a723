package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.TenantIdentifierDetector.IN_DOMAIN;
import static dev.scaleprojection.ingest.domain.TenantIdentifierDetector.IN_PERSISTENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TenantIdentifierDetectorTest {

    private final TenantIdentifierDetector detector = new TenantIdentifierDetector();

    static Stream<Arguments> tenancy() {
        return Stream.of(
                arguments("a service method taking the tenant id", "src/main/java/shop/orders/OrderService.java", """
                        public class OrderService {
                            public Order place(String tenantId, Cart cart) {
                                return repository.save(new Order(tenantId, cart));
                            }
                        }
                        """, Expected.of(IN_DOMAIN, 2, "OrderService.place", "layer", "domain", "identifier", "tenantId",
                        "usage", "parameter")),
                arguments("a query scoped by the acting user's team: teams are the tenants (outline server/commands)",
                        "server/commands/documentCollaborators.ts", """
                        export default async function documentCollaborators(user: User, documentId: string) {
                          return User.findAll({
                            where: { teamId: user.teamId, id: collaboratorIds },
                          });
                        }
                        """, Expected.of(IN_DOMAIN, 3, "documentCollaborators", "identifier", "teamId", "usage", "argument")),
                arguments("a query filtered by the acting user's team, as a keyword argument", "app/solves.py", """
                        def team_solves(user):
                            return Solves.query.filter_by(team_id=user.team_id).all()
                        """, Expected.of(IN_DOMAIN, 2, "team_solves", "identifier", "team_id", "usage", "argument")),
                arguments("a route module's loader runs on the server, beside the page it renders (Remix)",
                        "apps/remix/app/routes/o.$orgUrl.settings.tsx", """
                        export async function loader({ params }: Route.LoaderArgs) {
                          const organisationId = await findOrganisationId(params.orgUrl);
                          return { settings: await getSettings({ organisationId }) };
                        }
                        export default function Settings() {
                          const { t } = useLingui();
                          return <SettingsForm />;
                        }
                        """, Expected.of(IN_DOMAIN, 2, "organisationId", "identifier", "organisationId")),
                arguments("repositories scoped by the acting user's group: groups are mealie's tenants",
                        "mealie/routes/spa/__init__.py", """
                        def content_with_meta(session, user):
                            group_repos = AllRepositories(session, group_id=user.group_id, household_id=None)
                            return group_repos.recipes.page_all()
                        """, Expected.of(IN_DOMAIN, 2, "content_with_meta", "identifier", "group_id", "usage", "argument")),
                arguments("a tenant field of an entity", "src/main/java/shop/orders/Order.java", """
                        @Entity
                        public class Order {
                            private String tenantId;
                        }
                        """, Expected.of(IN_DOMAIN, 3, "Order.tenantId", "layer", "domain", "usage", "field")),
                arguments("a business rule comparing tenants", "src/main/java/shop/orders/RefundPolicy.java", """
                        public class RefundPolicy {
                            boolean allows(Order order) {
                                if (!order.getTenantId().equals(TenantContext.current())) {
                                    return false;
                                }
                                return true;
                            }
                        }
                        """, Expected.of(IN_DOMAIN, 3, "RefundPolicy.allows", "usage", "condition", "identifier", "TenantId")),
                arguments("a repository query by tenant", "src/main/java/shop/orders/OrderRepository.java", """
                        public interface OrderRepository extends JpaRepository<Order, Long> {
                            List<Order> findByTenantId(String tenantId);
                        }
                        """, Expected.of(IN_PERSISTENCE, 2, "OrderRepository.tenantId", "layer", "persistence")),
                arguments("Hibernate @TenantId", "src/main/java/shop/orders/Order.java", """
                        @Entity
                        public class Order {
                            @TenantId
                            private String tenant;
                        }
                        """, Expected.of(IN_PERSISTENCE, 4, "Order.tenant", "layer", "persistence", "usage", "annotation")),
                arguments("a Hibernate filter definition", "src/main/java/shop/orders/Order.java", """
                        @Entity
                        @FilterDef(name = "tenantFilter", parameters = @ParamDef(name = "tenantId", type = String.class))
                        @Filter(name = "tenantFilter", condition = "tenant_id = :tenantId")
                        public class Order {
                            @Id private Long id;
                        }
                        """, Expected.of(IN_PERSISTENCE, 2, "tenantFilter", "usage", "annotation")),
                arguments("an EF global query filter", "src/Shop/Ordering/OrderingContext.cs", """
                        public class OrderingContext : DbContext
                        {
                            protected override void OnModelCreating(ModelBuilder builder)
                            {
                                builder.Entity<Order>().HasQueryFilter(o => o.TenantId == _tenantProvider.Current);
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 5, "OrderingContext.OnModelCreating", "usage", "query-filter")),
                arguments("a request filter resolving the tenant header", "src/main/java/shop/web/TenantFilter.java", """
                        public class TenantFilter extends OncePerRequestFilter {
                            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
                                String tenant = request.getHeader("X-Tenant-ID");
                                TenantContext.set(tenant);
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "TenantFilter.doFilterInternal", "layer", "web",
                        "identifier", "X-Tenant-ID", "usage", "header")),
                arguments("a controller threading the header into the service", "src/main/java/shop/web/OrderController.java", """
                        @RestController
                        public class OrderController {
                            @GetMapping("/orders")
                            List<Order> list(@RequestHeader("X-Tenant-ID") String tenantId) {
                                return service.list(tenantId);
                            }
                        }
                        """, Expected.of(IN_DOMAIN, 4, "OrderController.list", "layer", "web", "identifier", "tenantId",
                        "usage", "parameter")),
                arguments("a Django manager filtering by tenant", "shop/orders/managers.py", """
                        class TenantManager(models.Manager):
                            def get_queryset(self):
                                return super().get_queryset().filter(tenant=get_current_tenant())
                        """, Expected.of(IN_PERSISTENCE, 3, "TenantManager.get_queryset", "layer", "persistence")),
                arguments("a Go service method", "internal/orders/service.go", """
                        package orders

                        func (s *OrderService) Place(ctx context.Context, tenantID string, o Order) error {
                        	return s.repo.Save(ctx, o)
                        }
                        """, Expected.of(IN_DOMAIN, 3, "OrderService.Place", "identifier", "tenantID", "usage", "parameter")),
                arguments("a Python use case taking an organization id", "billing/usecases/invoice.py", """
                        def issue_invoice(org_id, order):
                            return Invoice(org_id=org_id, total=order.total)
                        """, Expected.of(IN_DOMAIN, 1, "issue_invoice", "identifier", "org_id", "usage", "parameter")),
                arguments("a service taking a tenant's external id", "billing/usecases/sync.py", """
                        def sync_accounts(tenant_external_id, accounts):
                            return [a for a in accounts if a.owner == tenant_external_id]
                        """, Expected.of(IN_DOMAIN, 1, "sync_accounts", "identifier", "tenant_external_id",
                        "usage", "parameter")),
                arguments("a Hibernate tenant resolver", "src/main/java/shop/config/TenantIdentifierResolver.java", """
                        public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {
                            public String resolveCurrentTenantIdentifier() {
                                return TenantContext.getTenantId();
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "TenantIdentifierResolver.resolveCurrentTenantIdentifier",
                        "layer", "persistence")),
                arguments("a Hibernate connection provider built on Hibernate's base class (spring-boot-multi-tenant)",
                        "src/main/java/com/multitenant/example/master/config/MultiTenantConnectionProviderImpl.java", """
                        public class MultiTenantConnectionProviderImpl
                                extends AbstractDataSourceBasedMultiTenantConnectionProviderImpl {
                            protected DataSource selectDataSource(String tenantIdentifier) {
                                String tenantId = TenantContext.getCurrentTenant();
                                return this.dataSources.get(tenantId);
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "MultiTenantConnectionProviderImpl.selectDataSource",
                        "layer", "persistence")),
                arguments("a factory of each tenant's data source", "src/main/java/shop/master/config/DataSourceFactory.java", """
                        public class DataSourceFactory {
                            public DataSource create(Tenant tenant) {
                                return build(tenant.getConnection());
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 2, "DataSourceFactory.create", "layer", "persistence")),
                arguments("the thread's current tenant that the Hibernate resolver reads (spring-boot-multi-tenant)",
                        "src/main/java/com/multitenant/example/master/config/TenantContext.java", """
                        public class TenantContext {
                            private static final ThreadLocal<String> CURRENT_TENANT = new ThreadLocal<>();
                            public static void setCurrentTenant(String tenant) {
                                CURRENT_TENANT.set(tenant);
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "TenantContext.setCurrentTenant", "layer", "persistence")),
                arguments("a custom repository implementation", "src/main/java/shop/orders/OrderRepositoryImpl.java", """
                        public class OrderRepositoryImpl implements OrderRepositoryCustom {
                            public List<Order> byTenant(String tenantId) {
                                return query(tenantId);
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 2, "OrderRepositoryImpl.byTenant", "layer", "persistence")),
                arguments("a service implementation stays domain logic", "src/main/java/shop/orders/OrderServiceImpl.java", """
                        public class OrderServiceImpl implements OrderService {
                            public Order place(String tenantId, Cart cart) {
                                return orders.save(new Order(tenantId, cart));
                            }
                        }
                        """, Expected.of(IN_DOMAIN, 2, "OrderServiceImpl.place", "layer", "domain")),
                arguments("a row-level security policy", "db/migration/V3__rls.sql", """
                        ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
                        CREATE POLICY tenant_isolation ON orders
                            USING (tenant_id = current_setting('app.current_tenant')::uuid);
                        """, Expected.of(IN_PERSISTENCE, 2, "policy.tenant_isolation", "usage", "row-level-security")),
                arguments("a tenant column", "db/migration/V1__init.sql", """
                        CREATE TABLE orders (
                            id UUID PRIMARY KEY,
                            tenant_id UUID NOT NULL
                        );
                        """, Expected.of(IN_PERSISTENCE, 3, "orders.tenant_id", "usage", "column")),
                arguments("a NestJS service method", "src/orders/orders.service.ts", """
                        export class OrdersService {
                          async findAll(tenantId: string): Promise<Order[]> {
                            return this.repository.find({ where: { tenantId } });
                          }
                        }
                        """, Expected.of(IN_DOMAIN, 2, "OrdersService.findAll", "usage", "parameter")),
                arguments("a tenant field of a Django form (netbox's bulk edit forms)", "netbox/circuits/forms/bulk_edit.py", """
                        class CircuitBulkEditForm(NetBoxModelBulkEditForm):
                            tenant_id = DynamicModelChoiceField(queryset=Tenant.objects.all(), required=False)
                        """, Expected.of(IN_DOMAIN, 2, "CircuitBulkEditForm.tenant_id", "layer", "web", "usage", "field")),
                arguments("a tenant field of a GraphQL type (netbox's graphql/types.py)", "netbox/ipam/graphql/types.py", """
                        class VRFType(NetBoxObjectType):
                            tenant_id: int | None
                        """, Expected.of(IN_DOMAIN, 2, "VRFType.tenant_id", "layer", "web", "usage", "field")),
                arguments("a tenant criterion of a search form (netbox's DeviceFilterForm), no tenant resolution",
                        "netbox/dcim/forms/filtersets.py", """
                        class DeviceFilterForm(TenancyFilterForm, NetBoxModelFilterSetForm):
                            tenant_id = DynamicModelMultipleChoiceField(queryset=Tenant.objects.all(), required=False)
                        """, Expected.of(IN_DOMAIN, 2, "DeviceFilterForm.tenant_id", "layer", "web", "usage", "field")),
                arguments("a tenant field of a form in a single forms module", "shop/orders/forms.py", """
                        class OrderForm(ModelForm):
                            tenant_id = IntegerField()
                        """, Expected.of(IN_DOMAIN, 2, "OrderForm.tenant_id", "layer", "web", "usage", "field")),
                arguments("a scheduler in the infrastructure package iterating tenants (fineract's JobSchedulerServiceImpl)",
                        "fineract-provider/src/main/java/org/apache/fineract/infrastructure/jobs/service/JobSchedulerServiceImpl.java", """
                        public class JobSchedulerServiceImpl {
                            public void onApplicationEvent(ContextRefreshedEvent event) {
                                for (final FineractPlatformTenant tenant : tenantDetailsService.findAllTenants()) {
                                    ThreadLocalContextUtil.setTenant(tenant);
                                }
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "JobSchedulerServiceImpl.onApplicationEvent", "layer",
                        "infrastructure", "identifier", "tenant")),
                arguments("a C# Infrastructure project's message sender taking the tenant id",
                        "src/Shop.Infrastructure/Messaging/OutboxSender.cs", """
                        public class OutboxSender
                        {
                            public Task Send(Guid tenantId, Message message) => bus.Publish(tenantId, message);
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "OutboxSender.tenantId", "layer", "infrastructure")),
                arguments("a C# project named Infrastructure.<store> (bitwarden's Infrastructure.Dapper)",
                        "src/Infrastructure.Dapper/AdminConsole/Helpers/BulkResourceCreationService.cs", """
                        public static class BulkResourceCreationService
                        {
                            public static void Create(Guid organizationId) => Insert(organizationId);
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "BulkResourceCreationService.organizationId", "layer",
                        "infrastructure")),
                arguments("an EF Core migration's tenant column (bitwarden's util/MySqlMigrations)",
                        "util/MySqlMigrations/Migrations/20210617183900_Init.cs", """
                        public partial class Init : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(name: "Cipher", columns: table => new
                                {
                                    OrganizationId = table.Column<Guid>(type: "char(36)", nullable: true)
                                });
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 7, "Init.Up", "layer", "persistence")),
                arguments("a NestJS service of the same code base threads it on the server", "packages/core/src/employee/employee.service.ts", """
                        import { Injectable } from '@nestjs/common';

                        @Injectable()
                        export class EmployeeService {
                            async findAll(tenantId: string) {
                                return this.repository.find({ where: { tenantId } });
                            }
                        }
                        """, Expected.of(IN_DOMAIN, 5, "EmployeeService.findAll", "layer", "domain")),
                arguments("a NestJS guard checking the tenant header (ever-gauzy's TenantBaseGuard)",
                        "packages/core/src/lib/shared/guards/tenant-base.guard.ts", """
                        @Injectable()
                        export class TenantBaseGuard implements CanActivate {
                            async canActivate(context: ExecutionContext): Promise<boolean> {
                                const headerTenantId = context.switchToHttp().getRequest().headers['tenant-id'];
                                return headerTenantId === RequestContext.currentTenantId();
                            }
                        }
                        """, Expected.of(IN_PERSISTENCE, 4, "TenantBaseGuard.canActivate", "layer", "web")),
                arguments("seed data created for each tenant (ever-gauzy's payment.seed.ts)",
                        "packages/core/src/lib/payment/payment.seed.ts", """
                        export const createRandomPayment = async (dataSource: DataSource, tenants: ITenant[]) => {
                            for (const tenant of tenants) {
                                const { id: tenantId } = tenant;
                                await dataSource.manager.save(new Payment({ tenantId }));
                            }
                        };
                        """, Expected.of(IN_PERSISTENCE, 3, "createRandomPayment", "layer", "persistence")),
                arguments("a seeder class of a service's own seeding", "src/Infrastructure/Seed/CipherSeeder.cs", """
                        public static class CipherSeeder
                        {
                            public static Cipher Create(Guid? organizationId = null) => new Cipher { OrganizationId = organizationId };
                        }
                        """, Expected.of(IN_PERSISTENCE, 3, "CipherSeeder.organizationId", "layer", "persistence")),
                arguments("a service beside the infrastructure, in the domain's package, still threads it",
                        "src/main/java/org/acme/infrastructurecosts/CostService.java", """
                        public class CostService {
                            public Cost total(String tenantId) { return costs.sum(tenantId); }
                        }
                        """, Expected.of(IN_DOMAIN, 2, "CostService.total", "layer", "domain")),
                arguments("a tenant field of a model beside the forms", "netbox/circuits/models/circuits.py", """
                        class Circuit(PrimaryModel):
                            tenant_id = IntegerField()
                        """, Expected.of(IN_DOMAIN, 2, "Circuit.tenant_id", "layer", "domain", "usage", "field")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenancy")
    void reportsWhereTenantIdentifiersAreHandled(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).anyMatch(expected::matches);
        assertThat(findings).allMatch(finding -> finding.kind().equals(expected.kind()), "all of kind " + expected.kind());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a seeder project's code, tooling that fills development databases (bitwarden's util/Seeder)",
                        "util/Seeder/Factories/CipherSeeder.cs", """
                        public static class CipherSeeder
                        {
                            public static Cipher Create(Guid? organizationId = null) => new Cipher { OrganizationId = organizationId };
                        }
                        """),
                arguments("imports, packages and organization names", "src/main/java/org/acme/shop/Catalog.java", """
                        package org.acme.shop;
                        import org.springframework.stereotype.Service;
                        public class Catalog {
                            private String organizationName;
                            private boolean multiTenant;
                        }
                        """),
                arguments("an identity provider's directory tenant configures sign-in (outline plugins/azure)",
                        "plugins/azure/server/auth/azure.ts", """
                        export class AzureEnvironment extends Environment {
                          public AZURE_TENANT_ID = this.toOptionalString(environment.AZURE_TENANT_ID);
                        }
                        const strategy = new AzureAdOAuth2Strategy({
                          useCommonEndpoint: env.AZURE_TENANT_ID ? false : true,
                          tenant: env.AZURE_TENANT_ID ? env.AZURE_TENANT_ID : undefined,
                        });
                        const credential = new ClientSecretCredential(azureTenantId, clientId, secret);
                        """),
                arguments("a team's id that scopes nothing by the acting user (a league's fixtures)", "src/league/fixtures.ts", """
                        export async function fixtures(match: Match, team: Team) {
                          const home = await Team.findOne({ where: { teamId: match.homeTeamId } });
                          return Fixture.findAll({ where: { teamId: team.id, season: user.season } });
                        }
                        """),
                arguments("the acting user's team copied into a variable or looked up by its id (CTFd's competing teams)",
                        "CTFd/teams.py", """
                        def private():
                            user = get_current_user()
                            team_id = user.team_id
                            team = Teams.query.filter_by(id=team_id).first_or_404()

                        def get_current_team_attrs():
                            return get_team_attrs(team_id=user.team_id)

                        def current_group():
                            return groups.get_group(group_id=user.group_id)
                        """),
                arguments("a form in the user's browser hands the organisation it shows to the API (documenso's settings pages)",
                        "apps/remix/app/components/forms/organisation-update-form.tsx", """
                        import { trpc } from '@documenso/trpc/react';
                        import { useLingui } from '@lingui/react/macro';

                        export const OrganisationUpdateForm = ({ organisation }: Props) => {
                          const { t } = useLingui();
                          const { mutateAsync: updateOrganisation } = trpc.organisation.update.useMutation();
                          const onSubmit = async (data: Form) => {
                            await updateOrganisation({ organisationId: organisation.id, data });
                          };
                          return <Form onSubmit={onSubmit} />;
                        };
                        """),
                arguments("tenant words in comments and messages", "src/main/java/shop/Audit.java", """
                        public class Audit {
                            // TODO pass the tenantId
                            void record() { log.info("tenant created"); }
                        }
                        """),
                arguments("a tenant type and its exception", "src/main/java/shop/tenants/Tenant.java", """
                        public class Tenant {
                            private String name;
                            void check() { throw new TenantNotFoundException(name); }
                        }
                        """),
                arguments("an error code of an organization check (dispatch auth/permissions.py)", "src/dispatch/auth/permissions.py", """
                        class OrganizationMemberPermission(BasePermission):
                            org_error_code = HTTP_404_NOT_FOUND
                            org_error_msg = [{"msg": "Organization not found."}]

                            def __call__(self, request):
                                raise HTTPException(status_code=self.org_error_code, detail=self.org_error_msg)
                        """),
                arguments("ids of things inside an organization", "src/main/java/shop/staff/Staff.java", """
                        public class Staff {
                            private Long orgUnitId;
                            private Long tenantUserId;
                        }
                        """),
                arguments("a tenant id in a test", "src/test/java/shop/OrderServiceTest.java", """
                        class OrderServiceTest { void places() { service.place("t1", cart); String tenantId = "t1"; } }
                        """),
                arguments("names of settings and operations about tenants", "tenants/management/commands/sync.py", """
                        TENANT_APPS = ["shop"]

                        def sync(options):
                            tenant_fields = options["fields"]
                            set_tenant(load(tenant_fields))
                            return get_tenant_model().objects.count()
                        """),
                arguments("a job's log statement naming the tenant it runs for (fineract's UpdateNpaTasklet)",
                        "fineract-provider/src/main/java/org/apache/fineract/portfolio/savings/jobs/UpdateNpaTasklet.java", """
                        public class UpdateNpaTasklet implements Tasklet {
                            public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
                                int result = jdbcTemplate.update(sql);
                                log.debug("{}: Records affected by updateNPA: {}", ThreadLocalContextUtil.getTenant().getName(), result);
                                return RepeatStatus.FINISHED;
                            }
                        }
                        """),
                arguments("an Angular component holding the organization the user picked (ever-gauzy's web app)",
                        "apps/gauzy/src/app/pages/employees/employees.component.ts", """
                        import { Component } from '@angular/core';

                        @Component({ selector: 'ga-employees', templateUrl: './employees.component.html' })
                        export class EmployeesComponent {
                            organizationId: string;
                            load(tenantId: string) {
                                return this.employeesService.getAll({ organizationId: this.organizationId, tenantId });
                            }
                        }
                        """),
                arguments("an account id is no tenant", "src/main/java/shop/payments/PaymentService.java", """
                        public class PaymentService {
                            void pay(String accountId) { }
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNoTenantIdentifier(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
