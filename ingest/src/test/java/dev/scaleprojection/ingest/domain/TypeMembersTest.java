package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeMembersTest {

    static Stream<Arguments> declarations() {
        return Stream.of(
                arguments("Java entity fields with annotations, skipping methods", "src/main/java/shop/Customer.java", """
                        @Entity
                        public class Customer {
                            @Id @GeneratedValue
                            private Long id;
                            @Column(name = "email", unique = true)
                            private String email;
                            private Map<String, List<Order>> ordersByStatus = new HashMap<>();
                            public String getEmail() { return email; }
                            static final int[] LIMITS = {1, 2};
                        }
                        """, List.of("Customer.id:Long", "Customer.email:String", "Customer.ordersByStatus:Map<String, List<Order>>",
                        "Customer.LIMITS:int[]")),
                arguments("Java record components", "src/main/java/shop/CustomerRegistered.java", """
                        public record CustomerRegistered(@NotNull String email, Map<String, Integer> counts) {
                            static final String TOPIC = "customers";
                        }
                        """, List.of("CustomerRegistered.email:String", "CustomerRegistered.counts:Map<String, Integer>",
                        "CustomerRegistered.TOPIC:String")),
                arguments("Kotlin data class, body properties and companion object", "src/main/kotlin/shop/Customer.kt", """
                        data class Customer(val email: String, private var phone: String? = null, id: Long) {
                            @Column(name = "first_name")
                            val firstName: String = ""
                            fun display() = firstName
                            companion object {
                                val cache = mutableMapOf<String, Customer>()
                            }
                        }
                        """, List.of("Customer.email:String", "Customer.phone:String?", "Customer.firstName:String",
                        "Customer.cache:")),
                arguments("C# auto-properties, fields and navigation properties", "Shop/Customer.cs", """
                        namespace Shop.Customers;
                        public class Customer
                        {
                            [Key]
                            public int Id { get; set; }
                            public string Email { get; set; } = "";
                            private readonly List<Order> _orders = new();
                            public virtual ICollection<Order> Orders { get; set; }
                            public string Display => Email;
                            public void Rename(string name) { }
                        }
                        """, List.of("Customer.Id:int", "Customer.Email:string", "Customer._orders:List<Order>",
                        "Customer.Orders:ICollection<Order>")),
                arguments("C# properties after an attribute holding an assignment", "Identity/ApplicationUser.cs", """
                        public class ApplicationUser : IdentityUser
                        {
                            [Required]
                            [RegularExpression(@"[0-9]{2}", ErrorMessage = "Expiration should match MM/YY")]
                            public string Expiration { get; set; }
                            public string ZipCode { get; set; }
                            [HttpGet("x")]
                            public string Describe(int verbosity) { return ZipCode; }
                        }
                        """, List.of("ApplicationUser.Expiration:string", "ApplicationUser.ZipCode:string")),
                arguments("TypeScript decorated class fields", "src/users/user.entity.ts", """
                        @Entity()
                        export class User {
                          @PrimaryGeneratedColumn()
                          id: number;

                          @Column({ unique: true })
                          email: string;

                          private readonly cache = new Map<string, string>();

                          greet(): string {
                            return this.email;
                          }
                        }
                        """, List.of("User.id:number", "User.email:string", "User.cache:")),
                arguments("Go struct fields with tags and an embedded model", "internal/users/user.go", """
                        package users

                        type User struct {
                        	gorm.Model
                        	Email     string `gorm:"uniqueIndex" json:"email"`
                        	FirstName, LastName string
                        }
                        """, List.of("User.Model:gorm.Model", "User.Email:string", "User.FirstName:string", "User.LastName:string")),
                arguments("Python model attributes, skipping methods and Meta", "shop/customers/models.py", """
                        class Customer(models.Model):
                            email = models.EmailField(unique=True)
                            phone: str = models.CharField(
                                max_length=20,
                            )

                            class Meta:
                                db_table = "customers"

                            def __str__(self):
                                name = self.email
                                return name
                        """, List.of("Customer.email:", "Customer.phone:str", "Meta.db_table:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void readsTheMembersEachTypeDeclares(String description, String path, String code, List<String> expected) {
        List<TypeMember> members = TypeMembers.of(CodeFile.of(new SourceFile(path, code)));

        assertThat(members).extracting(m -> m.holder() + "." + m.name() + ":" + m.type()).containsExactlyElementsOf(expected);
    }

    @Test
    void aFileReadsItsMembersOnceForAllTheDetectorsThatAsk() {
        CodeFile file = CodeFile.of(new SourceFile("orders/Customer.java", "class Customer { String email; int age; }"));

        assertThat(file.members()).isSameAs(file.members())
                .extracting(TypeMember::name).containsExactly("email", "age");
    }
}
