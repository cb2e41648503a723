package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An identity provider's directory tenant configures sign-in, also when a nested configuration holds it. */
class IdentityProviderTenantsTest {

    private final TenantIdentifierDetector detector = new TenantIdentifierDetector();

    static Stream<Arguments> providers() {
        return Stream.of(
                arguments("a Microsoft sign-in provider's tenant (remark42)", "app/cmd/server.go", """
                        func (s *ServerCommand) addAuthProviders(authenticator *auth.Service) {
                        \tauthenticator.AddMicrosoftProvider(s.Auth.Microsoft.CID, s.Auth.Microsoft.CSEC, s.Auth.Microsoft.Tenant)
                        }
                        """, 0),
                arguments("an Azure AD options' tenant id", "src/auth/setup.ts", """
                        export function configure(options: Options) {
                          return configureAad(options.AzureAd.TenantId);
                        }
                        """, 0),
                arguments("the tenant of an Azure AD B2C options class (Practical.CleanArchitecture)",
                        "src/Services.Identity/IdentityProviders/Azure/AzureAdB2COptions.cs", """
                        public class AzureAdB2COptions
                        {
                            public string TenantId { get; set; }
                            public string AppId { get; set; }
                        }
                        """, 0),
                arguments("a tenant given to an Azure.Identity credential", "src/Services.Identity/Users/GraphUsers.cs", """
                        public class GraphUsers
                        {
                            public GraphUsers(IdentityOptions options)
                            {
                                var credential = new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret);
                            }
                        }
                        """, 0),
                arguments("a resolver named for the provider and for tenants maps the directory to the application's tenant",
                        "src/Tenants/AzureTenantResolver.cs", """
                        public class AzureTenantResolver
                        {
                            public Task<Tenant> ResolveAsync(Guid tenantId)
                            {
                                return _tenants.FindAsync(tenantId);
                            }
                        }
                        """, 1),
                arguments("a database's options named with ms keep the application's tenant", "src/Persistence/MsSqlOptions.cs", """
                        public class MsSqlOptions
                        {
                            public string ConnectionString(Guid tenantId)
                            {
                                return _connections[tenantId];
                            }
                        }
                        """, 1),
                arguments("the application's own tenant beside it stays a tenant", "src/orders/service.ts", """
                        export function orders(msg: Message) {
                          return repository.findOrders(msg.tenantId);
                        }
                        """, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void reportsNoTenantForAnIdentityProvidersDirectory(String description, String path, String code, int tenants) {
        assertThat(detector.detect(new SourceFile(path, code))).hasSize(tenants);
    }
}
