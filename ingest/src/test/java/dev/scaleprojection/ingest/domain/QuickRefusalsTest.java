package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap checks that spare the scanner a regular expression or a parse give what the full work gives, on thousands
 * of random texts built from the characters and words that matter to each.
 */
class QuickRefusalsTest {

    private final Random random = new Random(17);

    @Test
    void collapsingSpacesEqualsTheRegularExpression() {
        Pattern spaces = Pattern.compile("\\s+");
        for (int round = 0; round < 20_000; round++) {
            String text = text(List.of(" ", " ", "\t", "\n", "\u000B", "\f", "\r", "a", "b", "\u00A0", "\u2003", "é"), 12);

            assertThat(Regexes.collapseSpaces(text)).as(text).isEqualTo(spaces.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void aValueWithoutColonDotEqualsOrParenthesisIsNoEndpointWhereBareNamesAreNotAllowed() {
        List<EndpointContext> contexts = List.of(EndpointParser.ANY_CODE_CONTEXT, EndpointContext.NONE,
                new EndpointContext(Optional.of("redis"), true, false, true), new EndpointContext(Optional.empty(), true, false, false));
        List<String> words = List.of("localhost", "redis", "db", "kafka", "host", "127", "0", "1", "10", "255", "9092", "-",
                "_", "/", ",", " ", "[", "]", "@", "tcp", "$", "{", "}", "%s", "com", "internal", "::1", ":", ".", "=", "(",
                ")", ";", "Server", "Database", "jdbc", "http", "://", "x");
        for (int round = 0; round < 20_000; round++) {
            String value = text(words, 6);
            for (EndpointContext context : contexts) {
                assertThat(EndpointParser.parse(value, context)).as(value + " " + context)
                        .isEqualTo(EndpointParser.parseWhole(value, context));
            }
        }
    }

    @Test
    void aValueReadOnceIsJudgedInEachContextAsAParseInThatContextAlone() {
        // the contexts differ in each of their parts, so a value whose shape ignores one would show it
        List<EndpointContext> contexts = List.of(EndpointParser.ANY_CODE_CONTEXT, EndpointContext.NONE,
                EndpointContext.ofKey("REDIS_HOST"), EndpointContext.ofKey("server.address"),
                new EndpointContext(Optional.empty(), true, true, true), new EndpointContext(Optional.of("redis"), false, false, true));
        List<String> words = List.of("localhost", "redis", "db", "127.0.0.1", "10.0.0.0", "9092", "9200", "6379", "8080", ":",
                ".", ",", " ", "/", "@", "user:pw@", "tcp", "http", "https", "amqp", "jdbc:postgresql", "mongodb", "://", "=",
                "Server", "Host", "(", ")", ";", "api", "elasticsearch", "example.com", "true", "[::1]");
        for (int round = 0; round < 20_000; round++) {
            String value = text(words, 6);
            EndpointParser.Reading reading = EndpointParser.read(value);
            for (EndpointContext context : contexts) {
                assertThat(reading.in(context)).as(value + " " + context).isEqualTo(EndpointParser.parse(value, context));
                assertThat(reading.in(() -> context)).as(value + " " + context).isEqualTo(EndpointParser.parse(value, context));
            }
        }
    }

    @Test
    void aUrlIsSplitAsThePatternOfAUrlSplitsIt() {
        Pattern url = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.DOTALL);
        List<String> pieces = List.of("http", "jdbc", "a", "Z", "9", "+", ".", "-", "_", ":", "//", "://", "/", "?", "#", "@",
                "host", ":80", " ", "\n", "\u00E9", "[::1]", "x:y");
        int urls = 0;
        for (int round = 0; round < 50_000; round++) {
            String value = text(pieces, 7);
            java.util.regex.Matcher matcher = url.matcher(value);
            Optional<UrlParts> expected = matcher.matches()
                    ? Optional.of(new UrlParts(matcher.group(1), matcher.group(2), matcher.group(3))) : Optional.empty();
            urls += expected.isPresent() ? 1 : 0;

            assertThat(UrlParts.of(value)).as(value).isEqualTo(expected);
        }
        assertThat(urls).isGreaterThan(500);
    }

    @Test
    void everyNumberTheTuningViewKeepsStartsLikeOne() {
        Pattern number = Pattern.compile("-?\\d+(\\.\\d+)?");
        int numbers = 0;
        for (int round = 0; round < 20_000; round++) {
            String value = text(List.of("-", "1", "0", "9", ".", " ", "\t", "a", "\u00A0", "\u0661"), 5);
            if (number.matcher(value.strip()).matches()) {
                numbers++;
                assertThat(NumericView.startsLikeNumber(value)).as(value).isTrue();
            }
        }
        assertThat(numbers).isGreaterThan(100);
    }

    @ParameterizedTest
    @CsvSource({"spring.kafka.x, kafka", "bootstrap, kafka", "the brokers, kafka", "broker, kafka", "jedis, redis",
        "redis, redis", "lettuce, redis", "valkey, redis", "postgres, postgresql", "a pg, postgresql", "psycopg, postgresql",
        "npgsql, postgresql", "pgx, postgresql", "mysql, mysql", "mariadb, mysql", "mongo, mongodb", "rabbit, rabbitmq",
        "amqp, rabbitmq", "pika, rabbitmq", "elastic, elasticsearch", "opensearch, elasticsearch", "cassandra, cassandra",
        "scylla, cassandra", "a nats, nats", "memcache, memcached", "zookeeper, zookeeper", "the zk, zookeeper",
        "mssql, sqlserver", "sqlserver, sqlserver", "smtp, smtp", "the mail, smtp", "db, database", "database, database",
        "datasource, database", "a sql, database"})
    void everyWordOfATechnologyHintIsStillFoundBehindItsLiterals(String words, String technology) {
        assertThat(Technologies.hintIn(words)).contains(technology);
    }

    @Test
    void wordsHoldingNoHintNameNoTechnology() {
        assertThat(Technologies.hintIn("order.total.amount")).isEmpty();
    }

    @Test
    void aNameBeforeAParenthesisIsFoundBeforeAFinalLineTerminatorThatSpacesLeave() {
        for (String text : List.of("run\u0085", "run \u2028", "run\u2029", "run <T>\u0085", "a.run", "new run ", "x = run")) {
            java.util.regex.Matcher plain = FunctionHeaders.NAME_BEFORE_PAREN.matcher(text);
            assertThat(FunctionHeaders.nameBeforeParen(text, 0, text.length())).as(text)
                    .isEqualTo(plain.find() ? plain.start(1) : -1);
        }
    }

    private String text(List<String> pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }
}
