package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "jdbc:postgresql://db.internal:5432/orders | postgresql | jdbc:postgresql | db.internal | 5432 | private",
            "jdbc:mysql://h1:3306,h2:3306/shop | mysql | jdbc:mysql | h1,h2 | 3306 | private",
            "jdbc:mysql:loadbalance://10.0.0.1,10.0.0.2/db | mysql | jdbc:mysql:loadbalance | 10.0.0.1,10.0.0.2 | - | private",
            "jdbc:sqlserver://sql.corp\\\\prod:1433;databaseName=x | sqlserver | jdbc:sqlserver | sql.corp | 1433 | private",
            "jdbc:oracle:thin:@ora.internal:1521:ORCL | oracle | jdbc:oracle:thin | ora.internal | 1521 | private",
            "jdbc:oracle:thin:@//ora.internal:1521/svc | oracle | jdbc:oracle:thin | ora.internal | 1521 | private",
            "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora1)(PORT=1522))) | oracle | jdbc:oracle:thin | ora1 | 1522 | private",
            "jdbc:h2:tcp://h2.internal/~/db | h2 | jdbc:h2:tcp | h2.internal | - | private",
            "jdbc:aws-wrapper:postgresql://pg.internal:5432/x | postgresql | jdbc:postgresql | pg.internal | 5432 | private",
            "postgresql+psycopg2://u:p@pg:5432/app | postgresql | postgresql+psycopg2 | pg | 5432 | private",
            "redis://cache.internal:6379/0 | redis | redis | cache.internal | 6379 | private",
            "rediss://:secret@cache.acme-corp.io:6380 | redis | rediss | cache.acme-corp.io | 6380 | public",
            "amqp://guest:guest@rabbit:5672/ | rabbitmq | amqp | rabbit | 5672 | private",
            "mongodb+srv://app:pw@cluster0.abcde.mongodb.net/shop | mongodb | mongodb+srv | cluster0.abcde.mongodb.net | - | public",
            "mongodb://m1:27017,m2:27017/shop?replicaSet=rs0 | mongodb | mongodb | m1,m2 | 27017 | private",
            "nats://nats.internal:4222 | nats | nats | nats.internal | 4222 | private",
            "http://search.internal:9200 | elasticsearch | http | search.internal | 9200 | private",
            "http://inventory.internal:8080/items | http | http | inventory.internal | 8080 | private",
            "http://localhost:3000 | http | http | localhost | 3000 | loopback",
            "http://10.0.2.2:5222/ | http | http | 10.0.2.2 | 5222 | loopback",
            "https://api.stripe.com/v1/charges | http | https | api.stripe.com | - | public",
            "https://sqs.eu-west-1.amazonaws.com/123/orders | http | https | sqs.eu-west-1.amazonaws.com | - | public",
            "tcp://10.1.2.3:6379 | redis | tcp | 10.1.2.3 | 6379 | private",
            "broker1:9092,broker2:9092 | kafka | - | broker1,broker2 | 9092 | private",
            "cassandra-1:9042 | cassandra | - | cassandra-1 | 9042 | private",
            "localhost:5432 | postgresql | - | localhost | 5432 | loopback",
            "memcached.internal:11211 | memcached | - | memcached.internal | 11211 | private",
            "10.0.0.12 | ip | - | 10.0.0.12 | - | private",
            "192.168.1.20:8443 | ip | - | 192.168.1.20 | 8443 | private",
            "orders.prod.acme.com:7000 | tcp | - | orders.prod.acme.com | 7000 | public",
            // names no public DNS answers: a Kubernetes service in its namespace, a Compose service with a dot
            "jdbc:postgresql://postgresql.postgres:5432/product | postgresql | jdbc:postgresql | postgresql.postgres | 5432 | private",
            "http://catalog.api:8080 | http | http | catalog.api | 8080 | private",
            "https://discount.grpc:8081 | http | https | discount.grpc | 8081 | private",
            "kafka-0.kafka:9092 | kafka | - | kafka-0.kafka | 9092 | private",
            "https://status.acme.health/api | http | https | status.acme.health | - | public",
            "redis.internal:6379,password=x,ssl=True | redis | - | redis.internal | 6379 | private",
            "Server=tcp:sql.internal,1433;Database=Shop;User Id=sa;Password=x | sqlserver | - | sql.internal | 1433 | private",
            "Host=pg.internal;Port=5432;Database=shop;Username=app | postgresql | - | pg.internal | 5432 | private",
            "Server=.;Database=Shop;Trusted_Connection=True | sqlserver | - | . | - | loopback",
            "host=pg.internal port=5432 dbname=shop user=app | postgresql | - | pg.internal | 5432 | private",
            "app:pw@tcp(mysql.internal:3306)/orders | mysql | - | mysql.internal | 3306 | private"
    })
    void recognizesInfrastructureEndpoints(String value, String technology, String scheme, String host, String port,
                                           String network) {
        Optional<Endpoint> endpoint = EndpointParser.parse(value, EndpointContext.NONE);

        assertThat(endpoint).hasValueSatisfying(e -> {
            assertThat(e.technology()).isEqualTo(technology);
            assertThat(e.scheme()).isEqualTo(Optional.ofNullable(scheme));
            assertThat(e.host()).isEqualTo(host);
            assertThat(e.port()).isEqualTo(Optional.ofNullable(port));
            assertThat(e.network().name()).isEqualToIgnoringCase(network);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://", "jdbc:postgresql://", "redis://", "https://%s:%d/api", "http://%s/", "http://{}:{}",
            "http://{host}:8080", "http://${host}:8080", "http://$host:8080", "http://<host>:8080", "jdbc:postgresql://host:5432/db",
            "http://www.w3.org/2001/XMLSchema", "http://xmlns.jcp.org/xml/ns/javaee", "https://json-schema.org/draft/2020-12/schema",
            "http://schemas.xmlsoap.org/soap/envelope/", "https://www.apache.org/licenses/LICENSE-2.0",
            "https://github.com/acme/shop/issues", "https://example.com/api", "http://api.example.org:8080",
            "https://docs.acme.io/guide", "https://acme.io/", "https://acme.io/pricing.html", "http://xml.org/sax/features/namespaces",
            "1.2.3.4", "2.5.29.14", "1.3.6.1.4.1", "0.0.0.0", "0.0.0.0:8080", ":8080", "255.255.255.0", "10.0.0.0",
            "192.0.2.10", "localhost", "127.0.0.1", "localhost:8080", "postgres:16", "redis:7.2", "12:30", "key:value",
            "http.server", "os.path", "config.yaml", "app.py:12", "C:\\temp", "jdbc:h2:mem:test", "jdbc:sqlite:app.db",
            "jdbc:tc:postgresql:15:///db", "sqlite:///app.db", "file:///etc/hosts", "mailto:ops@acme.io",
            "http://inventory.internal:8080 is down", "Server=(localdb)\\\\MSSQLLocalDB;Database=x;Trusted_Connection=True",
            "Data Source=app.db;Cache=Shared", "http://host:bad/x", "[", "a:b:c"
    })
    void rejectsWhatOnlyLooksLikeAnEndpoint(String value) {
        assertThat(EndpointParser.parse(value, EndpointContext.NONE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} with key {1}")
    @CsvSource({
            "redis, spring.redis.host, redis", "db.internal, DB_HOST, database", "localhost, spring.data.redis.host, redis",
            "kafka-1:19999, spring.kafka.bootstrap-servers, kafka", "mq.internal, rabbit.address, rabbitmq",
            "rabbitmq, RABBITMQ_HOST, rabbitmq"
    })
    void acceptsBareHostsWhereAConfigurationKeyExpectsOne(String value, String key, String technology) {
        assertThat(EndpointParser.parse(value, EndpointContext.ofKey(key))).hasValueSatisfying(e ->
                assertThat(e.technology()).isEqualTo(technology));
    }

    @ParameterizedTest(name = "{0} with key {1}")
    @CsvSource({
            "orders, spring.application.name", "info, logging.level.root", "0.0.0.0, server.address",
            "localhost, server.address", "127.0.0.1:5000, Kestrel.Endpoints.Http.Url", "http://localhost:5000, ASPNETCORE_URLS",
            "unset, RABBITMQ_HOST", "none, REDIS_HOST", "null, DB_HOST", "undefined, KAFKA_BROKERS"
    })
    void rejectsValuesWhoseKeyIsNoHostOrABindAddressOrThatSayNoHostIsSet(String value, String key) {
        assertThat(EndpointParser.parse(value, EndpointContext.ofKey(key))).isEmpty();
    }
}
