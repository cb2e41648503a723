package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A client's name in an EF Core migration is a person's, unless the table registers OAuth clients (applications). */
class EfMigrationsTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    static Stream<Arguments> tables() {
        return Stream.of(
                arguments("IdentityServer's client registrations name applications (Practical.CleanArchitecture's ConfigurationDb)", """
                        public partial class Init : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(
                                    name: "Clients",
                                    columns: table => new
                                    {
                                        ClientId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                                        ProtocolType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                                        RequireClientSecret = table.Column<bool>(type: "bit", nullable: false),
                                        ClientName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                                    });
                            }
                        }
                        """, List.of()),
                arguments("a firm's clients are people, their names personal data", """
                        public partial class Init : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.CreateTable(
                                    name: "Clients",
                                    columns: table => new
                                    {
                                        ClientId = table.Column<int>(nullable: false),
                                        ClientName = table.Column<string>(type: "nvarchar(200)", nullable: true)
                                    });
                            }
                        }
                        """, List.of("Clients.ClientName")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void reportsAClientsNameOnlyWhereTheClientIsAPerson(String description, String code, List<String> stored) {
        List<Finding> findings = detector.detect(new SourceFile("src/Migrator/Migrations/20250118064005_Init.cs", code));

        assertThat(findings).filteredOn(f -> f.kind().equals(PersonalDataDetector.STORED)).extracting(Finding::anchor)
                .containsExactlyElementsOf(stored);
    }
}
