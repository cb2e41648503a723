package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EgressChannelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "log.info(user.email)          | log",
        "LOG.debug(user.email)         | log",
        "_logger.warn(user.email)      | log",
        "__Logger.error(user.email)    | log",
        "self.logger.info(user.email)  | log",
        "slog.Info(user.email)         | log",
        "auditLog.info(user.email)     | log",
        "System.out.println(email)     | log",
        "logs.info(user.email)         | ''",
        "loggers.info(user.email)      | ''",
        "log_.info(user.email)         | ''",
        "logger.send(user.email)       | ''"
    })
    void tellsALogStatementByItsReceiver(String code, String channel) {
        Calls.Call call = Calls.in(code).get(0);

        assertThat(EgressChannels.channel(call).orElse("")).isEqualTo(channel);
    }
}
