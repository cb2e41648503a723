package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A negative size, count or duration in code is a sentinel (all, none, unlimited), not a tuning value. */
class TuningSentinelsTest {

    private final TuningDetector detector = new TuningDetector(new SnakeYamlParser());

    static Stream<Arguments> values() {
        return Stream.of(
                arguments("a page of everything (mealie's PaginationQuery)", "mealie/services/parser_services/_base.py", """
                        def load(self):
                            query = PaginationQuery(page=1, per_page=-1)
                            return self.repos.foods.page_all(query)
                        """, 0),
                arguments("a TypeScript default of everything", "frontend/lib/api/base/base-clients.ts", """
                        export class BaseCRUDAPI {
                          async getAll(page = 1, perPage = -1) {
                            return await this.requests.get(this.baseRoute, { page, perPage });
                          }
                        }
                        """, 0),
                arguments("a positive page size beside it stays hard-coded", "mealie/services/parser_services/_base.py", """
                        def load(self):
                            query = PaginationQuery(page=1, per_page=50)
                            return self.repos.foods.page_all(query)
                        """, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void reportsOnlyPositiveValuesAsHardCodedTuning(String description, String path, String code, int count) {
        assertThat(detector.detect(new SourceFile(path, code)))
                .filteredOn(finding -> finding.kind().equals(TuningDetector.HARDCODED)).hasSize(count);
    }
}
