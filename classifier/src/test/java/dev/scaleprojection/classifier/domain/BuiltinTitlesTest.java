package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in rules' titles read naturally where the scanner found no value: no "unknown endpoint", no "in root". */
class BuiltinTitlesTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    @ParameterizedTest(name = "[{index}] {0} ({1}) → {3}")
    @CsvSource(delimiter = '|', value = {
        "endpoint.hardcoded   | technology=postgresql, host=db.internal   | configuration.hardcoded-endpoint    | postgresql endpoint db.internal hard-coded in code",
        "endpoint.hardcoded   | technology=unknown, host=mailserver       | configuration.hardcoded-endpoint    | Endpoint mailserver hard-coded in code",
        "endpoint.configured  | technology=unknown, host=localhost        | configuration.configured-endpoint   | Endpoint localhost is configuration",
        "endpoint.configured  | technology=http, host=config              | configuration.configured-endpoint   | http endpoint config is configuration",
        "endpoint.env-fallback | technology=unknown, host=mailserver      | configuration.env-fallback-endpoint | Endpoint mailserver comes from the environment, with a built-in fallback",
        "contract.openapi     | context=catalog                           | multi-region.published-language     | Published contract in catalog",
        "contract.openapi     | context=root                              | multi-region.published-language     | Published contract",
        "deployment.autoscaler | target=Deployment/web, minReplicas=2, maxReplicas=10 | compute.stateless-service | Workload Deployment/web is autoscaled from 2 to 10 replicas",
        "deployment.autoscaler | target=Deployment/web, maxReplicas=10    | compute.stateless-service           | Workload Deployment/web is autoscaled to 10 replicas",
        "deployment.autoscaler | autoscaler=keda                          | compute.stateless-service           | A workload is autoscaled",
        "configuration.hardcoded-tuning | parameter=retry, value=5, holder=OrderClient | configuration.hardcoded-tuning | Hard-coded retry setting 5 in OrderClient",
        "configuration.hardcoded-tuning | parameter=timeout, value=60      | configuration.hardcoded-tuning      | Hard-coded timeout setting 60",
        // the scanner marks a literal kept in a configuration class or module by a role, not a name
        "configuration.hardcoded-tuning | parameter=timeout, value=10000, holder=config-class | configuration.hardcoded-tuning | Hard-coded timeout setting 10000 in a configuration class",
        "configuration.hardcoded-tuning | parameter=pool, value=4, holder=config-module | configuration.hardcoded-tuning | Hard-coded pool setting 4 in a configuration module",
        "configuration.configured-tuning | parameter=retry                 | configuration.configured-tuning     | The retry setting is configuration"})
    void wordsATitleWithoutTheValuesTheScannerDidNotFind(String kind, String pairs, String rule, String title) {
        Map<String, String> attributes = new TreeMap<>();
        for (String pair : pairs.split(",")) {
            String[] kv = pair.trim().split("=", -1);
            attributes.put(kv[0], kv[1]);
        }

        Classification classified = classifier.classify(List.of(ComponentStateTest.fact("fp-1", kind, attributes, 3)));

        assertThat(classified.gaps().values()).filteredOn(gap -> gap.ruleId().equals(rule)).extracting(Gap::title).isNotEmpty()
                .containsOnly(title);
    }
}
