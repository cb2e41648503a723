package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://orders:s3cr3t@db:5432/orders | jdbc:postgresql://***:***@db:5432/orders",
            "redis://:secret@cache:6379 | redis://***:***@cache:6379",
            "amqp://guest:guest@rabbit:5672/ | amqp://***:***@rabbit:5672/",
            "postgres://postgres:P@ssw0rd@postgres:5432/postgres | postgres://***:***@postgres:5432/postgres",
            "http://u:p@api:8080/v1?contact=a@b.io | http://***:***@api:8080/v1?contact=a@b.io",
            "user:pw@tcp(mysql:3306)/db | ***:***@tcp(mysql:3306)/db",
            "jdbc:mysql://db/shop?user=app&password=hunter2 | jdbc:mysql://db/shop?user=app&password=***",
            "Server=db;Database=x;User Id=sa;Password=P@ss; | Server=db;Database=x;User Id=sa;Password=***;",
            "Host=localhost;Database=CatalogDB;Username=postgres;Password=yourWeak(!)Password | Host=localhost;Database=CatalogDB;Username=postgres;Password=***",
            "password=getpass() | password=***",
            "host=db password=secret dbname=x | host=db password=*** dbname=x",
            "DB_PASSWORD=changeit | DB_PASSWORD=***",
            "apiKey: \"abc123\" | apiKey: \"***\"",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload | Authorization: Bearer ***",
            "key AKIAIOSFODNN7EXAMPLE here | key *** here",
            "mongodb://mongo:27017/app | mongodb://mongo:27017/app",
            "LOG.info(\"user by token: ${user?.email}\") | LOG.info(\"user by token: ${user?.email}\")",
            "password=${DB_PASSWORD} | password=${DB_PASSWORD}",
            "password=${DB_PASSWORD:hunter2} | password=***}",
            "String token = jwtUtil.generateToken(userInfo, TenantContext.getCurrentTenant()); | String token = jwtUtil.generateToken(userInfo, TenantContext.getCurrentTenant());",
            "password = user.getPassword() | password = user.getPassword()",
            "token: \"jwt.sign(x)\" | token: \"***\"",
            // a key naming an address holds an endpoint, not a secret (piggymetrics' accessTokenUri, Google's token_uri)
            "accessTokenUri: http://auth-service:5000/uaa/oauth/token | accessTokenUri: http://auth-service:5000/uaa/oauth/token",
            "\"token_uri\": \"https://oauth2.googleapis.com/token\", | \"token_uri\": \"https://oauth2.googleapis.com/token\",",
            "SECRETS_MANAGER_ENDPOINT=http://vault:8200 | SECRETS_MANAGER_ENDPOINT=http://vault:8200",
            "token_url: https://u:pw@idp.internal/token?api_key=abc123 | token_url: https://***:***@idp.internal/token?api_key=***",
            "token_secret: https-not-a-url | token_secret: ***"
    })
    void removesCredentials(String text, String redacted) {
        assertThat(Redaction.redact(text)).isEqualTo(redacted);
    }

    @Test
    void snippetsAreTrimmedRedactedAndAtMost200Characters() {
        String snippet = Snippets.of("   String url = \"redis://user:pw@cache:6379\" + \"" + "x".repeat(300) + "\";   ");

        assertThat(snippet).startsWith("String url = \"redis://***:***@cache:6379\"").hasSize(200).endsWith("…");
    }
}
