package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.PersonalDataDetector.EGRESS;
import static dev.scaleprojection.ingest.domain.PersonalDataDetector.STORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    static Stream<Arguments> stored() {
        return Stream.of(
                arguments("a Polish national id, the PESEL, of an embedded person (asc-lab's micronaut-microservices-poc)",
                        "policy-service/src/main/java/pl/altkom/asc/lab/micronaut/poc/policy/domain/Person.java", """
                        @Embeddable
                        public class Person {
                            private String pesel;
                        }
                        """, Expected.of(STORED, 3, "Person.pesel", "piiKind", "national-id", "store", "jpa")),
                arguments("a telephone number abbreviated tel (litemall's litemall_address)", "litemall-db/sql/litemall_table.sql", """
                        CREATE TABLE `litemall_address` (
                          `id` int(11) NOT NULL AUTO_INCREMENT,
                          `tel` varchar(20) NOT NULL DEFAULT '' COMMENT 'phone',
                          PRIMARY KEY (`id`)
                        ) ENGINE=InnoDB;
                        """, Expected.of(STORED, 3, "litemall_address.tel", "piiKind", "phone", "store", "sql")),
                arguments("a user's real name (the legal name beside a nickname)", "src/main/java/shop/users/User.java", """
                        @Entity
                        class User {
                            private String realName;
                        }
                        """, Expected.of(STORED, 3, "User.realName", "piiKind", "name", "store", "jpa")),
                arguments("the IP address a request came from, in an audit log (eladmin's SysLog)", "src/main/java/shop/logging/SysLog.java", """
                        @Entity
                        class SysLog {
                            private String requestIp;
                        }
                        """, Expected.of(STORED, 3, "SysLog.requestIp", "piiKind", "ip", "store", "jpa")),
                arguments("DDL in a template literal whose interpolation holds literals of its own (medusa's migrations)",
                        "packages/modules/customer/src/migrations/Migration20240225134525.ts", """
                        export class Migration20240225134525 extends Migration {
                          async up(): Promise<void> {
                            this.addSql(`
                              ${alterColumnIfExists("customer", ["type", "created_by"], "DROP NOT NULL")}
                              CREATE TABLE IF NOT EXISTS "customer" ("id" text NOT NULL, "email" text NULL);
                            `)
                          }
                        }
                        """, Expected.of(STORED, 5, "customer.email", "piiKind", "email", "store", "sql")),
                arguments("a Mongoose schema's field, the model registered under its own name (node-express-boilerplate)",
                        "src/models/user.model.js", """
                        const mongoose = require('mongoose');

                        const userSchema = mongoose.Schema(
                          {
                            email: {
                              type: String,
                              required: true,
                              validate(value) { if (!validator.isEmail(value)) { throw new Error('Invalid email'); } },
                            },
                            isEmailVerified: { type: Boolean, default: false },
                          },
                          { timestamps: true }
                        );

                        const Account = mongoose.model('Account', userSchema);
                        module.exports = Account;
                        """, Expected.of(STORED, 5, "Account.email", "piiKind", "email", "holder", "Account",
                        "store", "mongoose")),
                arguments("a Mongoose schema in TypeScript, named by its variable", "src/orders/order.schema.ts", """
                        import { Schema, model } from 'mongoose';

                        export const customerSchema = new Schema<ICustomer>({ phone: String, orders: [{ type: Schema.Types.ObjectId }] });
                        """, Expected.of(STORED, 3, "Customer.phone", "piiKind", "phone", "holder", "Customer", "store", "mongoose")),
                arguments("an email column of a JPA entity", "customers/src/main/java/com/acme/customers/Customer.java", """
                        @Entity
                        public class Customer {
                            @Id private Long id;
                            @Column(unique = true)
                            private String email;
                        }
                        """, Expected.of(STORED, 5, "Customer.email", "piiKind", "email", "field", "email",
                        "holder", "Customer", "context", "customers", "store", "jpa")),
                arguments("a mapped superclass has no one owning context (spring-petclinic's model.Person)",
                        "src/main/java/org/springframework/samples/petclinic/model/Person.java", """
                        @MappedSuperclass
                        public class Person extends BaseEntity {
                            @Column
                            @NotBlank
                            private String firstName;
                        }
                        """, Expected.of(STORED, 5, "Person.firstName", "piiKind", "name", "context", "root", "store", "jpa")),
                arguments("a SQLModel base whose fields a table model inherits (full-stack-fastapi-template)",
                        "backend/app/models.py", """
                        class UserBase(SQLModel):
                            email: EmailStr = Field(unique=True, index=True, max_length=255)
                            is_active: bool = True

                        class UserCreate(UserBase):
                            password: str = Field(min_length=8, max_length=128)

                        class User(UserBase, table=True):
                            id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
                            hashed_password: str
                        """, Expected.of(STORED, 2, "UserBase.email", "piiKind", "email", "store", "sqlmodel")),
                arguments("a field after a preprocessor directive (modular-monolith-with-ddd's User)",
                        "src/Modules/UserAccess/Domain/Users/User.cs", """
                        [Table("users")]
                        public class User
                        {
                        #pragma warning disable CS0414
                            private bool _isActive;
                        #pragma warning restore CS0414

                            private string _firstName;
                        }
                        """, Expected.of(STORED, 8, "User._firstName", "piiKind", "name", "store", "ef")),
                arguments("a bank account number kept as a string", "src/main/java/com/acme/payroll/Employee.java", """
                        @Entity
                        public class Employee {
                            @Id private Long id;
                            private String bankAccount;
                        }
                        """, Expected.of(STORED, 4, "Employee.bankAccount", "piiKind", "card", "store", "jpa")),
                arguments("a telephone of an owner", "src/main/java/org/springframework/samples/petclinic/owner/Owner.java", """
                        @Entity
                        @Table(name = "owners")
                        public class Owner extends Person {
                            @Column
                            @NotBlank
                            private String telephone;
                        }
                        """, Expected.of(STORED, 6, "Owner.telephone", "piiKind", "phone", "context", "owner")),
                arguments("a birth date in a Kotlin entity", "src/main/kotlin/com/acme/clinic/patients/Patient.kt", """
                        @Entity
                        data class Patient(@Id val id: Long, val dateOfBirth: LocalDate, val ward: String)
                        """, Expected.of(STORED, 2, "Patient.dateOfBirth", "piiKind", "birth-date", "context", "patients")),
                arguments("an EF entity property", "src/Customers/Customers.Domain/Customer.cs", """
                        [Table("customers")]
                        public class Customer
                        {
                            public int Id { get; set; }
                            public string PhoneNumber { get; set; }
                        }
                        """, Expected.of(STORED, 5, "Customer.PhoneNumber", "piiKind", "phone", "store", "ef",
                        "context", "customers")),
                arguments("a TypeORM column", "src/users/user.entity.ts", """
                        @Entity()
                        export class User {
                          @PrimaryGeneratedColumn()
                          id: number;

                          @Column({ unique: true })
                          email: string;
                        }
                        """, Expected.of(STORED, 7, "User.email", "store", "typeorm", "context", "users")),
                arguments("a Django model field", "shop/customers/models.py", """
                        class Customer(models.Model):
                            email = models.EmailField(unique=True)
                            loyalty_points = models.IntegerField(default=0)
                        """, Expected.of(STORED, 2, "Customer.email", "store", "django", "context", "customers")),
                arguments("a SQLAlchemy column", "app/accounts/models.py", """
                        class Account(Base):
                            __tablename__ = "accounts"
                            id = Column(Integer, primary_key=True)
                            iban = Column(String(34), nullable=False)
                        """, Expected.of(STORED, 4, "Account.iban", "piiKind", "card", "store", "sqlalchemy")),
                arguments("a SQLAlchemy Core table's column", "src/accounts/userservice/db.py", """
                        class UserDb:
                            def __init__(self, uri):
                                self.users_table = Table(
                                    'users',
                                    self.metadata,
                                    Column('accountid', String, primary_key=True),
                                    Column('verified', Boolean, nullable=False),
                                    Column('ssn', String, nullable=False),
                                )
                        """, Expected.of(STORED, 8, "users.ssn", "piiKind", "national-id", "holder", "users", "store", "sqlalchemy")),
                arguments("a gorm model field", "internal/users/user.go", """
                        package users

                        type User struct {
                        	gorm.Model
                        	Email string `gorm:"uniqueIndex"`
                        	Plan  string
                        }
                        """, Expected.of(STORED, 5, "User.Email", "store", "gorm", "context", "users")),
                arguments("a field of an ent schema (beer-shop's user service)",
                        "app/user/service/internal/data/ent/schema/address.go", """
                        package schema

                        import (
                        	"entgo.io/ent"
                        	"entgo.io/ent/schema/field"
                        )

                        type Address struct {
                        	ent.Schema
                        }

                        func (Address) Fields() []ent.Field {
                        	return []ent.Field{
                        		field.Int64("id"),
                        		field.String("mobile"),
                        	}
                        }
                        """, Expected.of(STORED, 15, "Address.mobile", "piiKind", "phone", "holder", "Address", "store", "ent",
                        "context", "user")),
                arguments("a column of an entity declared with the project's own ORM decorator (ever-gauzy's @MultiORMEntity)",
                        "packages/core/src/lib/user/user.entity.ts", """
                        @MultiORMEntity('user', { mikroOrmRepository: () => MikroOrmUserRepository })
                        export class User extends TenantBaseEntity implements IUser {
                            @ColumnIndex()
                            @MultiORMColumn({ nullable: true })
                            email?: string;
                        }
                        """, Expected.of(STORED, 5, "User.email", "piiKind", "email", "store", "typeorm")),
                arguments("a bank client's own tax number stays personal", "src/main/java/bank/Client.java", """
                        @Entity
                        public class Client {
                            private String taxNumber;
                        }
                        """, Expected.of(STORED, 3, "Client.taxNumber", "piiKind", "national-id")),
                arguments("a column of a migration", "orders/src/main/resources/db/migration/V1__init.sql", """
                        -- customers of the shop
                        CREATE TABLE IF NOT EXISTS customers (
                            id BIGINT PRIMARY KEY,
                            last_name VARCHAR(100) NOT NULL,
                            CONSTRAINT uk_name UNIQUE (last_name)
                        );
                        """, Expected.of(STORED, 4, "customers.last_name", "piiKind", "name", "holder", "customers",
                        "store", "sql")),
                arguments("a bank client's name in a message (fineract's LoanAccountDataV1)",
                        "fineract-avro-schemas/src/main/avro/loan/v1/LoanAccountDataV1.avsc", """
                        {
                          "name": "LoanAccountDataV1",
                          "namespace": "org.apache.fineract.avro.loan.v1",
                          "type": "record",
                          "fields": [
                            {"name": "clientName", "type": ["null", "string"]}
                          ]
                        }
                        """, Expected.of(STORED, 6, "LoanAccountDataV1.clientName", "piiKind", "name")),
                arguments("a column of a table its schema places in a context (modular-monolith-with-ddd's Payers.sql)",
                        "src/Database/CompanyName.MyMeetings.Database/Structure/payments/Tables/Payers.sql", """
                        CREATE TABLE [payments].[Payers]
                        (
                            [Id] UNIQUEIDENTIFIER NOT NULL,
                            [Email] NVARCHAR (255) NOT NULL,
                            CONSTRAINT [PK_payments_Payers_Id] PRIMARY KEY ([Id] ASC)
                        )
                        """, Expected.of(STORED, 4, "Payers.Email", "piiKind", "email", "holder", "Payers",
                        "context", "payments")),
                arguments("a column added to a table of a schema", "db/migration/V7__payers_phone.sql", """
                        ALTER TABLE payments.payers ADD COLUMN phone_number VARCHAR(40);
                        """, Expected.of(STORED, 1, "payers.phone_number", "piiKind", "phone", "context", "payments")),
                arguments("a column of a table in the default schema, placed by its folder", "orders/db/migration/V1__init.sql", """
                        CREATE TABLE [dbo].[Customers] (
                            [Email] NVARCHAR (255) NOT NULL
                        )
                        """, Expected.of(STORED, 2, "Customers.Email", "piiKind", "email", "context", "orders")),
                arguments("a column an EF Core migration creates for a model class outside any entity folder (pitstop)",
                        "src/CustomerManagementAPI/Migrations/20220123135622_v1.cs", """
                        public partial class v1 : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(
                                    name: "Customer",
                                    columns: table => new
                                    {
                                        CustomerId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                                        EmailAddress = table.Column<string>(type: "nvarchar(max)", nullable: true)
                                    });
                            }
                        }
                        """, Expected.of(STORED, 10, "Customer.EmailAddress", "piiKind", "email", "holder", "Customer",
                        "context", "customermanagement", "store", "ef")),
                arguments("an owned type's column in an EF Core migration (aspnetrun Ordering InitialCreate)",
                        "src/Services/Ordering/Ordering.Infrastructure/Data/Migrations/20240216090112_InitialCreate.cs", """
                        public partial class InitialCreate : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(
                                    name: "Orders",
                                    columns: table => new
                                    {
                                        Payment_CardName = table.Column<string>(nullable: true),
                                        Payment_CardNumber = table.Column<string>(maxLength: 24, nullable: false)
                                    });
                            }
                        }
                        """, Expected.of(STORED, 10, "Orders.Payment_CardNumber", "piiKind", "card", "store", "ef")),
                arguments("a column an EF Core migration adds", "src/Accounts/Migrations/20240301_AddPhone.cs", """
                        public partial class AddPhone : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.AddColumn<string>(
                                    name: "PhoneNumber",
                                    table: "Users",
                                    nullable: true);
                            }
                        }
                        """, Expected.of(STORED, 5, "Users.PhoneNumber", "piiKind", "phone", "store", "ef")),
                arguments("a column of DDL a repository runs from concatenated literals (pitstop SqlServerInvoiceRepository)",
                        "src/InvoiceService/Repositories/SqlServerInvoiceRepository.cs", """
                        public class SqlServerInvoiceRepository
                        {
                            private async Task InitializeDatabaseAsync(SqlConnection conn)
                            {
                                string sql = "IF OBJECT_ID('Customer') IS NULL " +
                                      "CREATE TABLE Customer (" +
                                      "  CustomerId varchar(50) NOT NULL," +
                                      "  PostalCode varchar(50)," +
                                      "  PRIMARY KEY(CustomerId));";
                                await conn.ExecuteAsync(sql);
                            }
                        }
                        """, Expected.of(STORED, 8, "Customer.PostalCode", "piiKind", "address", "holder", "Customer",
                        "context", "invoice", "store", "sql")),
                arguments("a column of DDL in a Go raw string", "internal/store/schema.go", """
                        package store

                        const schema = `
                        CREATE TABLE IF NOT EXISTS users (
                            id SERIAL PRIMARY KEY,
                            phone_number TEXT
                        );`

                        func Migrate(db *sql.DB) error { _, err := db.Exec(schema); return err }
                        """, Expected.of(STORED, 6, "users.phone_number", "piiKind", "phone", "store", "sql")),
                arguments("a column mapped on a decorated getter of a sequelize-typescript model (outline User.ts)",
                        "server/models/User.ts", """
                        @Table({ tableName: "users", modelName: "user" })
                        class User extends ParanoidModel<InferAttributes<User>> {
                          @IsIP
                          @SkipChangeset
                          @Column(DataType.STRING)
                          get lastActiveIp(): string | null {
                            return this.getDataValue("lastActiveIp");
                          }

                          set lastActiveIp(value: string | null) {
                            this.setDataValue("lastActiveIp", normalizeIp(value));
                          }

                          get displayEmail(): string {
                            return this.email ?? "";
                          }
                        }
                        """, Expected.of(STORED, 6, "User.lastActiveIp", "piiKind", "ip", "store", "sequelize")),
                arguments("an event bound to a model type still leaves its context", "src/events/UserRegistered.ts", """
                        export class UserRegisteredEvent<T extends Model> extends IntegrationEvent {
                          email: string;
                        }
                        """, Expected.of(EGRESS, 2, "UserRegisteredEvent.email", "piiKind", "email", "channel", "event")),
                arguments("a column of a JetBrains Exposed table (voenix SupplierRepository.kt)",
                        "backend/modules/supplier/src/shop/voenix/supplier/SupplierRepository.kt", """
                        internal object Suppliers : LongIdTable("suppliers") {
                            val name = varchar("name", length = 255).nullable()
                            val email = varchar("email", length = 255).nullable()
                        }
                        """, Expected.of(STORED, 3, "Suppliers.email", "piiKind", "email", "store", "exposed")),
                arguments("an individual's name next to team contacts (dispatch individual/models.py)",
                        "src/dispatch/individual/models.py", """
                        class IndividualContact(Base, ContactMixin):
                            id = Column(Integer, primary_key=True)
                            name = Column(String)
                        """, Expected.of(STORED, 3, "IndividualContact.name", "piiKind", "name", "store", "sqlalchemy")),
                arguments("a birthday column of MySQL DDL (mall-swarm mall.sql)", "document/sql/mall.sql", """
                        CREATE TABLE `ums_member` (
                          `id` bigint(20) NOT NULL AUTO_INCREMENT,
                          `birthday` date NULL DEFAULT NULL COMMENT 'birthday',
                          `gender` int(1) NULL DEFAULT NULL
                        );
                        """, Expected.of(STORED, 3, "ums_member.birthday", "piiKind", "birth-date", "store", "sql")),
                arguments("the detailed address an order ships to (mall oms_order)", "document/sql/mall.sql", """
                        CREATE TABLE `oms_order` (
                          `id` bigint(20) NOT NULL AUTO_INCREMENT,
                          `receiver_detail_address` varchar(200) NULL DEFAULT NULL COMMENT 'detail address'
                        );
                        """, Expected.of(STORED, 3, "oms_order.receiver_detail_address", "piiKind", "address")),
                arguments("the name on a person's account (a qualified account is a person's only when a person qualifies it)",
                        "accounts/models.py", """
                        class CustomerAccount(models.Model):
                            name = models.CharField(max_length=100)
                        """, Expected.of(STORED, 2, "CustomerAccount.name", "piiKind", "name", "store", "django")),
                arguments("a tenant's first name, which only a person has", "rentals/models.py", """
                        class Tenant(models.Model):
                            first_name = models.CharField(max_length=100)
                        """, Expected.of(STORED, 2, "Tenant.first_name", "piiKind", "name", "store", "django")),
                arguments("an attribute of an embeddable mapped in a JPA orm.xml",
                        "ftgo-common-jpa/src/main/resources/META-INF/orm.xml", """
                        <entity-mappings version="2.1">
                            <!-- <embeddable class="acme.Draft"><attributes><basic name="email"/></attributes></embeddable> -->
                            <embeddable class="net.chrisrichardson.ftgo.common.Money" access="FIELD">
                                <attributes><basic name="amount"><column name="amount"/></basic></attributes>
                            </embeddable>
                            <embeddable class="net.chrisrichardson.ftgo.common.PersonName" access="FIELD">
                                <attributes>
                                    <basic name="lastName">
                                        <column name="lastName"/>
                                    </basic>
                                </attributes>
                            </embeddable>
                        </entity-mappings>
                        """, Expected.of(STORED, 8, "PersonName.lastName", "piiKind", "name", "holder", "PersonName",
                        "store", "jpa")),
                arguments("an Avro record field", "schemas/orders/shipment.avsc", """
                        {"type": "record", "name": "Shipment", "namespace": "acme.orders",
                         "fields": [
                           {"name": "id", "type": "string"},
                           {"name": "shippingAddress", "type": "string"}
                         ]}
                        """, Expected.of(STORED, 4, "Shipment.shippingAddress", "piiKind", "address", "store", "avsc")),
                arguments("a Prisma model field", "prisma/schema.prisma", """
                        model User {
                          id    Int    @id @default(autoincrement())
                          email String @unique
                        }
                        """, Expected.of(STORED, 3, "User.email", "store", "prisma")),
                arguments("a national id in a Mongo document", "src/main/java/com/acme/hr/employees/Employee.java", """
                        @Document("employees")
                        public class Employee {
                            private String ssn;
                        }
                        """, Expected.of(STORED, 3, "Employee.ssn", "piiKind", "national-id", "store", "mongodb")),
                arguments("an Azure Table storage row named for an event is stored, not sent (bitwarden's AzureEvent)",
                        "src/Core/Dirt/Models/Data/EventTableEntity.cs", """
                        public class AzureEvent : ITableEntity
                        {
                            public string IpAddress { get; set; }
                        }
                        """, Expected.of(STORED, 3, "AzureEvent.IpAddress", "piiKind", "ip", "store", "azure-table")));
    }

    static Stream<Arguments> egress() {
        return Stream.of(
                arguments("a sender's send of a phone number outside an SMS sender is a published message",
                        "src/main/java/shop/notify/SignupNotifier.java", """
                        public class SignupNotifier {
                            void signedUp(Customer customer) {
                                sender.send("signups", customer.getPhone());
                            }
                        }
                        """, Expected.of(EGRESS, 3, "SignupNotifier.signedUp", "piiKind", "phone", "channel", "event")),
                arguments("a variable declared with a literal and then set from the request is the client's address",
                        "src/payment/index.js", """
                        function charge(call) {
                          let ip = "unknown";
                          ip = call.getPeer();
                          logger.info(`charging for ${ip}`);
                        }
                        """, Expected.of(EGRESS, 4, "charge", "piiKind", "ip", "channel", "log")),
                arguments("a client's address logged stays a person's", "src/main/java/com/acme/auth/LoginAudit.java", """
                        public class LoginAudit {
                            void failed(HttpServletRequest request) {
                                log.warn("login failed from {}", request.getClientIpAddress());
                            }
                        }
                        """, Expected.of(EGRESS, 3, "LoginAudit.failed", "piiKind", "ip", "channel", "log")),
                arguments("the address itself logged beside a test of it", "src/Core/Billing/LicensingService.cs", """
                        public class LicensingService
                        {
                            public void Validate(User user)
                            {
                                _logger.LogInformation("License for {Email}, verified {Verified}", user.Email,
                                    string.IsNullOrEmpty(user.EmailVerifiedAt));
                            }
                        }
                        """, Expected.of(EGRESS, 5, "LicensingService.Validate", "piiKind", "email", "channel", "log")),
                arguments("a field of an event", "src/main/java/com/acme/customers/CustomerRegisteredEvent.java", """
                        public record CustomerRegisteredEvent(String customerId, String email) {
                        }
                        """, Expected.of(EGRESS, 1, "CustomerRegisteredEvent.email", "piiKind", "email", "channel", "event",
                        "context", "customers")),
                arguments("an email in a log statement", "src/main/java/com/acme/customers/CustomerService.java", """
                        class CustomerService {
                            void register(Customer customer) {
                                log.info("Registered customer {}", customer.getEmail());
                            }
                        }
                        """, Expected.of(EGRESS, 3, "CustomerService.register", "piiKind", "email", "field", "email",
                        "channel", "log", "holder", "CustomerService")),
                arguments("a .NET integration event leaves the context (eShop)",
                        "src/Ordering.API/Application/IntegrationEvents/Events/OrderStatusChangedToPaidIntegrationEvent.cs", """
                        namespace eShop.Ordering.API.Application.IntegrationEvents.Events;

                        public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, string OrderStatus, string BuyerName)
                            : IntegrationEvent;
                        """, Expected.of(EGRESS, 3, "OrderStatusChangedToPaidIntegrationEvent.BuyerName", "channel", "event",
                        "piiKind", "name")),
                arguments("a Kotlin log message built in a trailing lambda (kotlin-logging, spring-kotlin-microservices-reference)",
                        "restaurant-service/src/main/kotlin/service/impl/RestaurantServiceImpl.kt", """
                        class RestaurantServiceImpl {
                            fun updateEmail(restaurant: Restaurant, email: String) {
                                log.info { "Updating email of restaurant ${restaurant.id} from ${restaurant.email} to $email" }
                            }
                        }
                        """, Expected.of(EGRESS, 3, "RestaurantServiceImpl.updateEmail", "channel", "log", "piiKind", "email",
                        "field", "email")),
                arguments("a Python f-string log", "shop/orders/receipts.py", """
                        def send_receipt(order):
                            logger.info(f"Sending receipt to {order.email}")
                        """, Expected.of(EGRESS, 2, "send_receipt", "channel", "log", "context", "orders")),
                arguments("only the interpolations inside the log call's parentheses are what it logs",
                        "shop/orders/receipts.py", """
                        GREETING = f"Hi {user.email}"
                        def send_receipt(order):
                            logger.info("sent", f"to {order.phone}")
                        NOTE = f"{customer.email}"
                        """, Expected.of(EGRESS, 3, "send_receipt", "channel", "log", "piiKind", "phone")),
                arguments("console.log of a user", "web/src/auth/login.ts", """
                        export function onLogin(user: User) {
                          console.log(user.email);
                        }
                        """, Expected.of(EGRESS, 2, "onLogin", "channel", "log", "piiKind", "email")),
                arguments("a phone published to Kafka", "src/main/java/com/acme/customers/CustomerEvents.java", """
                        class CustomerEvents {
                            void changed(Customer customer) {
                                kafkaTemplate.send("customers", new CustomerDto(customer.getPhone()));
                            }
                        }
                        """, Expected.of(EGRESS, 3, "CustomerEvents.changed", "piiKind", "phone", "channel", "event")),
                arguments("an email posted to another service", "crm/sync.py", """
                        def push(user):
                            requests.post(CRM_URL, json={"email": user.email})
                        """, Expected.of(EGRESS, 2, "push", "piiKind", "email", "channel", "http")),
                arguments("a remote address logged in Go", "internal/auth/handler.go", """
                        package auth

                        func Login(w http.ResponseWriter, r *http.Request) {
                        	log.Printf("login from %s", r.RemoteAddr)
                        }
                        """, Expected.of(EGRESS, 4, "Login", "piiKind", "ip", "channel", "log")),
                arguments("an analytics identify call", "web/src/analytics.js", """
                        export function track(user) {
                          analytics.identify(user.id, { email: user.email });
                        }
                        """, Expected.of(EGRESS, 2, "track", "channel", "analytics", "piiKind", "email")),
                arguments("a structured .NET log", "src/Customers/Customers.Api/CustomerController.cs", """
                        public class CustomerController
                        {
                            public void Create(Customer customer)
                            {
                                _logger.LogInformation("Customer {Name} created", customer.FullName);
                            }
                        }
                        """, Expected.of(EGRESS, 5, "CustomerController.Create", "piiKind", "name", "channel", "log",
                        "context", "customers")),
                arguments("a user's address given a mail helper (microblog's password reset)", "app/auth/email.py", """
                        def send_password_reset_email(user):
                            token = user.get_reset_password_token()
                            sender = current_app.config['ADMINS'][0]
                            send_email(_('[Microblog] Reset Your Password'),
                                       sender=current_app.config['ADMINS'][0],
                                       recipients=[user.email],
                                       text_body=render_template('email/reset_password.txt', token=token))
                        """, Expected.of(EGRESS, 6, "send_password_reset_email", "piiKind", "email", "channel", "mail")),
                arguments("a customer's address given a mailer by a generic name", "src/notify.js", """
                        export async function welcome(customer) {
                          await mailer.send({ to: customer.email, subject: 'Welcome' });
                        }
                        """, Expected.of(EGRESS, 2, "welcome", "piiKind", "email", "channel", "mail")),
                arguments("a recipient's address logged beside a configured sender", "src/Notifications/Emails/EmailSender.cs", """
                        public class EmailSender
                        {
                            public void SendEmail(Recipient recipient)
                            {
                                _logger.Information("Email sent. To: {To}", recipient.Email);
                            }
                        }
                        """, Expected.of(EGRESS, 5, "EmailSender.SendEmail", "piiKind", "email", "channel", "log")),
                arguments("a project's own log helper given a message and a user's address (CTFd's log)", "CTFd/auth.py", """
                        def register():
                            log(
                                "registrations",
                                format="[{date}] {ip} - registered with {email}",
                                email=user.email,
                            )
                        """, Expected.of(EGRESS, 5, "register", "piiKind", "email", "channel", "log")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"stored", "egress"})
    void reportsPersonalDataWhereItIsStoredOrLeaves(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> identityUsers() {
        return Stream.of(
                arguments("the ASP.NET Identity user of the identity service, with its own card number (eShopOnContainers)",
                        "src/Services/Identity/Identity.API/Models/ApplicationUser.cs", """
                        namespace Identity.API.Models;
                        public class ApplicationUser : IdentityUser
                        {
                            public string CardNumber { get; set; }
                        }
                        """, List.of("ApplicationUser.Email email@2", "ApplicationUser.PhoneNumber phone@2",
                        "ApplicationUser.CardNumber card@4")),
                arguments("an identity user declaring nothing of its own still stores what it inherits (jasontaylordev)",
                        "src/Infrastructure/Identity/ApplicationUser.cs", """
                        namespace CleanArchitecture.Infrastructure.Identity;

                        public class ApplicationUser : IdentityUser<Guid>
                        {
                        }
                        """, List.of("ApplicationUser.Email email@3", "ApplicationUser.PhoneNumber phone@3")),
                arguments("a view model shaped like the identity user stores nothing (eShopOnContainers WebMVC)",
                        "src/Web/WebMVC/ViewModels/ApplicationUser.cs", """
                        public class ApplicationUser : IdentityUser
                        {
                        }
                        """, List.of()),
                arguments("a role stores no person's data", "src/Infrastructure/Identity/ApplicationRole.cs", """
                        public class ApplicationRole : IdentityRole<Guid>
                        {
                        }
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identityUsers")
    void theIdentityUserStoresTheEmailAndPhoneItInherits(String description, String path, String code, List<String> stored) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).allSatisfy(finding -> assertThat(finding.kind()).isEqualTo(STORED))
                .allSatisfy(finding -> assertThat(finding.attribute("store")).isEqualTo("ef"))
                .extracting(finding -> finding.anchor() + " " + finding.attribute("piiKind") + "@" + finding.startLine())
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    static Stream<Arguments> djangoUsers() {
        return Stream.of(
                arguments("a Django user declaring no personal field still stores what AbstractUser gives it (django-sspanel)",
                        "apps/sspanel/models.py", """
                        from django.contrib.auth.models import AbstractUser

                        class User(AbstractUser):
                            balance = models.DecimalField(decimal_places=2, max_digits=10, default=0)

                            class Meta(AbstractUser.Meta):
                                verbose_name = "user"
                        """, List.of("User.email email@3", "User.first_name name@3", "User.last_name name@3")),
                arguments("a user on AbstractBaseUser inherits only a password, and declares its own e-mail",
                        "accounts/models.py", """
                        class Account(AbstractBaseUser, PermissionsMixin):
                            email = models.EmailField(unique=True)
                        """, List.of("Account.email email@2")),
                arguments("a field the user model declares again is reported once, where it is declared (netbox's users)",
                        "netbox/users/models/users.py", """
                        class User(AbstractUser):
                            email = models.EmailField(unique=True)
                        """, List.of("User.email email@2", "User.first_name name@1", "User.last_name name@1")),
                arguments("a test's user model stores nothing", "tests/test_models.py", """
                        class TestUser(AbstractUser):
                            pass
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("djangoUsers")
    void theDjangoUserStoresTheEmailAndNamesAbstractUserGivesIt(String description, String path, String code,
            List<String> stored) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).allSatisfy(finding -> assertThat(finding.kind()).isEqualTo(STORED))
                .allSatisfy(finding -> assertThat(finding.attribute("store")).isEqualTo("django"))
                .extracting(finding -> finding.anchor() + " " + finding.attribute("piiKind") + "@" + finding.startLine())
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("an entity that implements an event's interface keeps events, it sends none (bitwarden's EventTableEntity)",
                        "src/Core/Dirt/Models/Data/EventTableEntity.cs", """
                        public class EventTableEntity : IEvent
                        {
                            public string IpAddress { get; set; }
                        }
                        """),
                arguments("a support address written as a literal given a mail helper", "app/support.py", """
                        def notify_support(subject, body):
                            send_email(subject, sender="noreply@shop.example", recipients=["support@shop.example"],
                                       text_body=body)
                        """),
                arguments("the address mail is sent from (saleor's email plugins)", "saleor/plugins/email_common.py", """
                        def send_email(config, recipient_list, subject, message):
                            from_email = config.sender_address
                            send_mail(subject, message, from_email, recipient_list)
                        """),
                arguments("configuration keys named MAIL_ given a mail helper", "app/errors.py", """
                        def notify_admins(app, body):
                            send_email('[Shop] Failure', sender=app.config['MAIL_DEFAULT_SENDER'],
                                       recipients=app.config['ADMINS'], text_body=body)
                            MAIL_USERNAME = os.environ.get('MAIL_USERNAME')
                        """),
                arguments("a mail sender's own declaration names its parameters", "src/Web/Services/EmailSender.cs", """
                        public class EmailSender : IEmailSender
                        {
                            public Task SendEmailAsync(string email, string subject, string htmlMessage)
                            {
                                return Task.CompletedTask;
                            }
                        }
                        """),
                arguments("a Mongoose schema's options, a flag about an email and a schema in a test", "src/models/token.model.js", """
                        const mongoose = require('mongoose');
                        const tokenSchema = mongoose.Schema(
                          { token: { type: String, required: true, index: true }, emailVerified: Boolean, blacklisted: Boolean },
                          { timestamps: true, collection: 'email_tokens' }
                        );
                        module.exports = mongoose.model('Token', tokenSchema);
                        """),
                arguments("a schema of a validation library, not Mongoose", "src/validations/user.validation.js", """
                        const Joi = require('joi');
                        const createUser = { body: Joi.object().keys({ email: Joi.string().required().email() }) };
                        const schema = new Schema({ email: String }); // a JSON-schema helper of the same name
                        """),
                arguments("an interpolation just after a log call is not logged", "shop/orders/receipts.py", """
                        def describe(order):
                            logger.info("described")
                            return f"{order.email}"
                        """),
                arguments("the name of a tenant, the organization a multi-tenant system serves (spring-boot-multi-tenant)",
                        "src/main/java/com/multitenant/example/master/entity/Tenant.java", """
                        @Entity
                        public class Tenant {
                            @Id
                            private Long id;
                            private String name;
                            private String domain;
                        }
                        """),
                arguments("the CDC's offset store names its client program (eventuate's initialize-database.sql)",
                        "aws-fargate-terraform/2.initialize-database.sql", """
                        CREATE TABLE eventuate.offset_store(
                          client_name VARCHAR(255) NOT NULL PRIMARY KEY,
                          serialized_offset VARCHAR(255)
                        );
                        """),
                arguments("an OAuth registration's client name", "src/main/resources/schema.sql", """
                        CREATE TABLE oauth2_registered_client (
                            id varchar(100) NOT NULL,
                            client_name varchar(200) NOT NULL
                        );
                        """),
                arguments("an ent schema's yes/no field and a Fields method of no ent schema", "internal/data/ent/schema/user.go", """
                        package schema

                        import "entgo.io/ent"

                        func (User) Fields() []ent.Field {
                        	return []ent.Field{field.Bool("email_verified"), field.Int64("id")}
                        }

                        func (Form) Fields() []Field {
                        	return []Field{field.String("email")}
                        }
                        """),
                arguments("a service's virtual IP and a server's address logged (conductor's HttpTask)",
                        "http-task/src/main/java/com/netflix/conductor/tasks/http/HttpTask.java", """
                        public class HttpTask {
                            void failed(Input input, Exception e) {
                                LOGGER.error("Failed to invoke {} task - uri: {}, vipAddress: {}", getTaskType(), input.getUri(),
                                        input.getVipAddress(), e);
                                log.info("bound to {}", config.serverIp);
                            }
                        }
                        """),
                arguments("a log of whether the e-mail addresses are missing and of the ids that miss one (bitwarden's "
                        + "DeleteEmergencyAccessCommand)",
                        "src/Core/Auth/UserFeatures/EmergencyAccess/Commands/DeleteEmergencyAccessCommand.cs", """
                        public class DeleteEmergencyAccessCommand
                        {
                            public async Task DeleteAsync(EmergencyAccessDetails details, List<Guid> grantorIdsWithNullEmail)
                            {
                                _logger.LogWarning("Emergency access {Id}: grantor e-mail missing {Grantor}, grantee {Grantee}",
                                    details.Id, string.IsNullOrEmpty(details.GrantorEmail),
                                    string.IsNullOrEmpty(details.GranteeEmail));
                                _logger.LogWarning("Grantors without an e-mail address: {Ids}", grantorIdsWithNullEmail);
                            }
                        }
                        """),
                arguments("whether a request has an address or a user an e-mail, logged (ever-gauzy's OAuth server)",
                        "packages/auth/src/lib/mcp/server/oauth-authorization-server.ts", """
                        export class OAuth2AuthorizationServer {
                            authorize(req: Request, userInfo: UserInfo) {
                                this.securityLogger.info('Authorization request', { hasIp: !!req.ip, has_email: !!userInfo.email });
                            }
                        }
                        """),
                arguments("a class decorated by no entity decorator", "packages/core/src/lib/user/dto/user.dto.ts", """
                        @ApiExtraModels(UserEntityDto)
                        export class UserDto {
                            email?: string;
                        }
                        """),
                arguments("an OAuth client's name, a plugin source's full name and organizations' tax numbers (ever-gauzy, bitwarden)",
                        "packages/core/src/lib/oauth/oauth-client.entity.ts", """
                        @MultiORMEntity('oauth_clients')
                        export class OAuthClient {
                            @MultiORMColumn() name: string;
                        }
                        @MultiORMEntity('plugin_source')
                        export class PluginSource {
                            @MultiORMColumn() fullName: string;
                        }
                        @MultiORMEntity('organization')
                        export class Organization {
                            @MultiORMColumn() taxId: string;
                        }
                        @MultiORMEntity('provider')
                        export class Provider {
                            @MultiORMColumn() businessTaxNumber: string;
                        }
                        """),
                arguments("a tenants table's name column", "src/main/resources/default.sql", """
                        CREATE TABLE tenant (
                            id bigint NOT NULL,
                            name character varying(256),
                            tenant_name character varying(256)
                        );
                        """),
                arguments("a domain event stays in its context (eShop's OrderStartedDomainEvent, MediatR)",
                        "src/Ordering.Domain/Events/OrderStartedDomainEvent.cs", """
                        namespace eShop.Ordering.Domain.Events;

                        public record class OrderStartedDomainEvent(
                            Order Order,
                            string UserId,
                            string UserName,
                            string CardNumber,
                            string CardHolderName) : INotification;
                        """),
                arguments("the name of a mail account is its label, not a person's (paperless-ngx MailAccount)",
                        "src/paperless_mail/models.py", """
                        class MailAccount(document_models.ModelWithOwner):
                            name = models.CharField(_("name"), max_length=256, unique=True)
                            imap_server = models.CharField(_("IMAP server"), max_length=256)
                        """),
                arguments("columns of an HTML table, django-tables2 (netbox's DeviceTable)", "netbox/dcim/tables/devices.py", """
                        class DeviceTable(TenancyColumnsMixin, ContactsColumnMixin, NetBoxTable):
                            primary_ip = tables.Column(linkify=True, order_by=('primary_ip4', 'primary_ip6'))
                            address = tables.Column(linkify=True)
                        """),
                arguments("the address of an IP address model (netbox's IPAddress)", "netbox/ipam/models/ip.py", """
                        class IPAddress(ContactsMixin, PrimaryModel):
                            address = IPAddressField(help_text=_('IPv4 or IPv6 address (with mask)'))
                            vrf = models.ForeignKey(to='ipam.VRF', on_delete=models.PROTECT, blank=True, null=True)
                        """),
                arguments("the shipping address of a site (netbox's Site)", "netbox/dcim/models/sites.py", """
                        class Site(ContactsMixin, ImageAttachmentsMixin, PrimaryModel):
                            physical_address = models.CharField(max_length=200, blank=True)
                            shipping_address = models.CharField(max_length=200, blank=True)
                        """),
                arguments("the names of accounts and profiles of things (netbox's ProviderAccount, IPSecProfile)",
                        "netbox/circuits/models/providers.py", """
                        class ProviderAccount(ContactsMixin, PrimaryModel):
                            name = models.CharField(max_length=100, blank=True)

                        class IPSecProfile(PrimaryModel):
                            name = models.CharField(max_length=100, unique=True)
                        """),
                arguments("the full name of a script in a log (netbox's ScriptJob)", "netbox/extras/jobs.py", """
                        class ScriptJob(JobRunner):
                            def run(self, data, request=None, commit=True, **kwargs):
                                script = script_model.python_class()
                                self.logger.debug(f"Loaded script {script.full_name}")
                        """),
                arguments("a protobuf message carries personal data over the wire and stores none",
                        "src/paymentservice/proto/demo.proto", """
                        syntax = "proto3";
                        package hipstershop;
                        message CreditCardInfo {
                            string credit_card_number = 1;
                            int32 credit_card_cvv = 2;
                        }
                        message PlaceOrderRequest {
                            string user_id = 1;
                            string email = 5;
                            CreditCardInfo credit_card = 6;
                        }
                        """),
                arguments("a sender address in a mail configuration", "src/main/java/com/acme/notify/MailConfig.java", """
                        @Configuration
                        public class MailConfig {
                            @Value("${mail.from}")
                            private String from;
                            private String email = "noreply@shop.example";
                        }
                        """),
                arguments("an email in security properties", "src/main/java/com/acme/security/SecurityProperties.java", """
                        @ConfigurationProperties("security")
                        public class SecurityProperties {
                            private String adminEmail;
                        }
                        """),
                arguments("the name of a product and of a file", "src/main/java/com/acme/catalog/Product.java", """
                        @Entity
                        public class Product {
                            private String name;
                            private String fileName;
                            private String imageName;
                        }
                        """),
                arguments("network addresses of a node", "src/main/java/com/acme/cluster/Node.java", """
                        @Entity
                        public class Node {
                            private String serverAddress;
                            private InetAddress address;
                            private String macAddress;
                        }
                        """),
                arguments("a signup DTO with validation messages", "src/main/java/com/acme/web/SignupRequest.java", """
                        public class SignupRequest {
                            @Email(message = "email must be valid")
                            @NotBlank
                            private String email;
                        }
                        """),
                arguments("transient and flag fields", "src/main/java/com/acme/customers/Customer.java", """
                        @Entity
                        public class Customer {
                            @Transient private String fullName;
                            private boolean emailVerified;
                            private String emailTemplate;
                            private static final String EMAIL_PATTERN = ".+@.+";
                        }
                        """),
                arguments("log messages that only mention personal data", "src/main/java/com/acme/notify/Mailer.java", """
                        class Mailer {
                            void sent(Long customerId, User user) {
                                log.info("Email sent to customer {}", customerId);
                                log.info("Login {}", mask(user.getEmail()));
                                log.debug("Using sender {}", mailProperties.getFrom());
                            }
                        }
                        """),
                arguments("Kotlin lambdas that log no personal data, or are no log call", "src/main/kotlin/shop/Mailer.kt", """
                        class Mailer {
                            fun sent(customerId: Long, user: User) {
                                log.info { "Email sent to customer $customerId" }
                                user.email.let { send(it) }
                                run { println("done") }
                            }
                        }
                        """),
                arguments("personal data logged in a test", "src/test/java/com/acme/customers/CustomerServiceTest.java", """
                        class CustomerServiceTest {
                            void registers() { log.info("{}", customer.getEmail()); }
                        }
                        """),
                arguments("a route registration and a response", "web/src/routes/users.js", """
                        router.post('/users', async (req, res) => {
                          res.send(req.body.email);
                        });
                        """),
                arguments("addresses of services logged", "recommendations/server.py", """
                        def serve(catalog_addr, listen_address):
                            logger.info("product catalog address: " + catalog_addr)
                            logger.info("listening on %s", listen_address)
                        """),
                arguments("a company's contact details", "src/main/java/com/acme/site/Warehouse.java", """
                        @Entity
                        public class Warehouse {
                            private String email;
                            private String companyAddress;
                        }
                        """),
                arguments("a pet's birth date", "src/main/java/org/springframework/samples/petclinic/owner/Pet.java", """
                        @Entity
                        public class Pet {
                            private LocalDate birthDate;
                        }
                        """),
                arguments("a company's own shipping address (mall oms_company_address)", "document/sql/mall.sql", """
                        CREATE TABLE `oms_company_address` (
                          `id` bigint(20) NOT NULL AUTO_INCREMENT,
                          `address_name` varchar(200) NULL DEFAULT NULL,
                          `detail_address` varchar(200) NULL DEFAULT NULL
                        );
                        """),
                arguments("columns that are not personal", "db/migration/V2__templates.sql", """
                        CREATE TABLE email_templates (
                            name TEXT,
                            subject TEXT,
                            email_verified BOOLEAN
                        );
                        """),
                arguments("yes/no columns about personal data (voenix V11__create_users.sql, mall-swarm mall.sql)",
                        "db/migration/V11__create_users.sql", """
                        CREATE TABLE users (
                            id BIGSERIAL PRIMARY KEY,
                            has_separate_billing_address boolean NOT NULL DEFAULT false,
                            `priviledge_birthday` int(1) NULL DEFAULT NULL COMMENT 'has birthday privilege',
                            phone_verified bit
                        );
                        """),
                arguments("an EF Core migration's yes/no column, and a table its Down creates again", "src/Accounts/Migrations/20240302_Drop.cs", """
                        public partial class DropPhones : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.AddColumn<bool>(name: "EmailConfirmed", table: "Users", nullable: false);
                                migrationBuilder.AddColumn<bool>(name: "HasHomeAddress", table: "Users", nullable: false);
                                migrationBuilder.DropTable(name: "Phones");
                            }

                            protected override void Down(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(
                                    name: "Phones",
                                    columns: table => new { PhoneNumber = table.Column<string>(nullable: true) });
                            }
                        }
                        """),
                arguments("flags about personal data, typed or not (outline server/utils/fetch.ts)", "server/utils/fetch.ts", """
                        export default async function fetch(
                          url: string,
                          init?: RequestInit & { allowPrivateIPAddress?: boolean; timeout?: number }
                        ): Promise<Response> {
                          const { allowPrivateIPAddress, timeout, ...rest } = init || {};
                          return nodeFetch(url, { ...rest, agent: allowPrivateIPAddress ? undefined : agent });
                        }
                        export const notify = (user) => client.post("/users.notify", { showEmail: user.showEmail, hasPhoneNumber: true });
                        """),
                arguments("DDL in a program's literals without personal columns, and a message about creating tables",
                        "src/Accounts/Repositories/Schema.cs", """
                        public class Schema
                        {
                            void Create(SqlConnection conn)
                            {
                                _log.Information("create table users if needed");
                                conn.Execute("CREATE TABLE Jobs (" + "  JobId varchar(50)," + "  EmailSent bit NOT NULL)");
                                var name = "email";
                            }
                        }
                        """),
                arguments("a user interface's model of an audit event (outline app/models/Event.ts)", "app/models/Event.ts", """
                        import Model from "./base/Model";

                        class Event<T extends Model> extends Model {
                          static modelName = "Event";

                          actorIpAddress: string | null | undefined;
                        }
                        """),
                arguments("maps named for clients and template data are no HTTP clients (fineract's ClientSheetPopulator)",
                        "fineract-provider/src/main/java/org/apache/fineract/infrastructure/bulkimport/ClientSheetPopulator.java", """
                        public class ClientSheetPopulator {
                            void populate(Row row, String clientName, AppUser user) {
                                writeLong(CLIENT_ID_COL, row, clientNameToClientId.get(clientName));
                                clientNameToBeginEndIndexes.put(clientName, new Integer[] { 1, 2 });
                                templateData.put("email", user.getEmail());
                            }
                        }
                        """),
                arguments("a variable only ever set to literals: the server's bind address (opentelemetry-demo payment)",
                        "src/payment/index.js", """
                        let ip = "0.0.0.0";
                        if (process.env.IPV6_ENABLED == "true") {
                          ip = "[::]";
                          logger.info(`Overwriting Localhost IP: ${ip}`)
                        }
                        """),
                arguments("a view model shaped like the identity user (eShopOnContainers WebMVC/ViewModels)",
                        "src/Web/WebMVC/ViewModels/ApplicationUser.cs", """
                        namespace WebMVC.ViewModels;
                        public class ApplicationUser : IdentityUser
                        {
                            public string CardNumber { get; set; }
                            public string Street { get; set; }
                        }
                        """),
                arguments("a team's and a group's contact (dispatch team/models.py, group/models.py)", "src/dispatch/team/models.py", """
                        class TeamContact(Base, ContactMixin):
                            id = Column(Integer, primary_key=True)
                            name = Column(String)

                        class Group(Base, ContactMixin):
                            id = Column(Integer, primary_key=True)
                            email = Column(String)
                        """),
                arguments("a yes/no column of an Exposed table (voenix AccountRepository.kt)", "src/shop/account/Users.kt", """
                        internal object Users : LongIdTable("users") {
                            val hasSeparateBillingAddress = bool("has_separate_billing_address")
                        }
                        """),
                arguments("a Kotlin object that is no table", "src/shop/mail/Templates.kt", """
                        object Templates : Registry() {
                            val email = template("email")
                        }
                        """),
                arguments("a pydantic DTO and a Go DTO", "app/api/schemas.py", """
                        class UserOut(BaseModel):
                            email: str
                            first_name: str
                        """),
                arguments("the name of an event's type in a log (modular-monolith-with-ddd's InMemoryEventBusClient)",
                        "src/BuildingBlocks/Infrastructure/EventBus/InMemoryEventBusClient.cs", """
                        public class InMemoryEventBusClient : IEventsBus
                        {
                            public async Task Publish<T>(T @event)
                            {
                                _logger.Information("Publishing {Event}", @event.GetType().FullName);
                                log.info("handled {}", user.getClass().getName());
                            }
                        }
                        """),
                arguments("the sender address read from the configuration and logged (modular-monolith-with-ddd's EmailSender)",
                        "src/BuildingBlocks/Infrastructure/Emails/EmailSender.cs", """
                        public class EmailSender : IEmailSender
                        {
                            public async Task SendEmail(EmailMessage message)
                            {
                                _logger.Information("Email sent. From: {From}", _configuration.FromEmail);
                            }
                        }
                        """),
                arguments("the name of a tenant, an organization the system serves (netbox's Tenant)", "netbox/tenancy/models/tenants.py", """
                        class Tenant(ContactsMixin, PrimaryModel):
                            name = models.CharField(
                                verbose_name=_('name'),
                                max_length=100
                            )
                        """),
                arguments("a BankAccount entity logged and posted whole (jhipster-sample-app)",
                        "src/main/webapp/app/entities/bank-account/service/bank-account.service.ts", """
                        export class BankAccountService {
                          create(bankAccount: NewBankAccount): Observable<EntityResponseType> {
                            console.log('saving', bankAccount);
                            return this.http.post<IBankAccount>(this.resourceUrl, bankAccount, { observe: 'response' });
                          }
                        }
                        """),
                arguments("SQLModel request and response schemas no table model inherits", "backend/app/models.py", """
                        class UserRegister(SQLModel):
                            email: EmailStr = Field(max_length=255)

                        class UserPublic(UserRegister):
                            id: uuid.UUID
                        """),
                arguments("a Go request struct with JSON tags only", "internal/api/signup.go", """
                        package api

                        type SignupRequest struct {
                        	Email string `json:"email"`
                        }
                        """),
                arguments("the login an ASP.NET Identity migration keeps, also normalized, is no person's name (eShopOnDapr)",
                        "src/Services/Identity/Identity.API/Data/Migrations/20210914100206_InitialMigration.cs", """
                        public partial class InitialMigration : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(
                                    name: "AspNetUsers",
                                    columns: table => new
                                    {
                                        Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                                        UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                                        NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                                    });
                            }
                        }
                        """),
                arguments("an SMS sender's send to the phone number is a text message, no event (litemall's TencentSmsSender)",
                        "litemall-core/src/main/java/org/linlinjava/litemall/core/notify/TencentSmsSender.java", """
                        public class TencentSmsSender implements SmsSender {
                            private SmsSingleSender sender;
                            public SmsResult send(String phone, String content) {
                                SmsSingleSenderResult result = sender.send(0, "86", phone, content, "", "");
                                return new SmsResult(result);
                            }
                        }
                        """),
                arguments("the IP address of a server and of a deployment to it (eladmin's ServerDeploy, DeployHistory)",
                        "eladmin-system/src/main/java/me/zhengjie/modules/maint/domain/ServerDeploy.java", """
                        @Entity
                        @Table(name="mnt_server")
                        public class ServerDeploy extends BaseEntity implements Serializable {
                            private String ip;
                        }
                        @Entity
                        @Table(name="mnt_deploy_history")
                        class DeployHistory implements Serializable {
                            private String ip;
                        }
                        """),
                arguments("the SQL tables of servers and deployments with their IP addresses (eladmin's eladmin.sql)", "sql/eladmin.sql", """
                        CREATE TABLE `mnt_server` (`server_id` bigint(20) NOT NULL, `ip` varchar(20) DEFAULT NULL COMMENT 'IP');
                        CREATE TABLE `mnt_deploy_history` (`history_id` varchar(50) NOT NULL, `ip` varchar(20) NOT NULL);
                        """),
                arguments("a warehouse's telephone number is the business's", "src/main/java/shop/stock/Warehouse.java", """
                        @Entity
                        class Warehouse {
                            private String tel;
                        }
                        """),
                arguments("the real name of a stored file (eladmin's S3Storage.fileRealName, LocalStorage.realName)",
                        "eladmin-tools/src/main/java/me/zhengjie/domain/S3Storage.java", """
                        @Entity
                        @Table(name = "tool_s3_storage")
                        public class S3Storage extends BaseEntity implements Serializable {
                            private String fileRealName;
                        }
                        @Entity
                        @Table(name="tool_local_storage")
                        class LocalStorage extends BaseEntity implements Serializable {
                            private String realName;
                        }
                        """),
                arguments("a browser app posting an address to a path of its own origin (outline's ShareSubscribeForm)",
                        "app/components/Sharing/components/ShareSubscribeForm.tsx", """
                        import { useState } from "react";
                        import { client } from "~/utils/ApiClient";
                        export function ShareSubscribeForm({ shareId, documentId }) {
                          const [email, setEmail] = useState("");
                          const subscribe = async () => {
                            await client.post("/shares.subscribe", { shareId, documentId, email });
                          };
                          return null;
                        }
                        """),
                arguments("a meeting's location, a place where people meet (kgrzybek's modular monolith)",
                        "src/Database/Structure/meetings/Tables/Meetings.sql", """
                        CREATE TABLE [meetings].[Meetings] (
                            [Id] UNIQUEIDENTIFIER NOT NULL,
                            [LocationPostalCode] NVARCHAR(200) NULL,
                            [LocationAddress] NVARCHAR(200) NULL
                        )
                        """),
                arguments("a language's full name, no person's (wger's Language.full_name)", "wger/core/models/language.py", """
                        from django.db import models

                        class Language(models.Model):
                            short_name = models.CharField(max_length=2)
                            full_name = models.CharField(max_length=30)
                        """),
                arguments("a Locust user sending a fake client IP (robot-shop load-gen)", "load-gen/robot-shop.py", """
                        from locust import HttpUser, task

                        class UserBehavior(HttpUser):
                            @task
                            def login(self):
                                fake_ip = random.choice(self.fake_ip_addresses)
                                self.client.post('/api/user/login', json=credentials, headers={'x-forwarded-for': fake_ip})
                        """),
                arguments("a logarithm of a number is no log statement", "app/stats.py", """
                        from math import log

                        def spread(user):
                            return log(user.age_in_days)
                        """),
                arguments("a log helper's own declaration names its parameters", "app/audit.py", """
                        def log(logger, format, email, **kwargs):
                            logging.getLogger(logger).info(format)
                        """),
                arguments("a Go sentinel error named after an address wrapped in an error (ardanlabs/service's userdb)",
                        "business/domain/userbus/stores/userdb/userdb.go", """
                        package userdb

                        func (s *Store) Create(ctx context.Context, usr userbus.User) error {
                            if err := sqldb.NamedExecContext(ctx, s.log, s.db, q, toDBUser(usr)); err != nil {
                                return fmt.Errorf("namedexeccontext: %w", userbus.ErrUniqueEmail)
                            }
                            return nil
                        }
                        """),
                arguments("an exception class named after an address logged (an error's type, no person's)", "app/signup.py", """
                        def signup(form):
                            logger.warning("rejected: %s", InvalidEmailError)
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatHoldsNoPersonalData(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
