package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeployableFoldersOwningTest {

    static Stream<Arguments> folders() {
        return Stream.of(
                Arguments.of("a service's deployable module, alone in it", "customer-service/customer-service-main",
                        List.of(), "customer-service"),
                Arguments.of("another deployable in the service", "customer-service/customer-service-main",
                        List.of("customer-service/customer-service-admin"), "customer-service/customer-service-main"),
                Arguments.of("the service itself deployable too", "customer-service/customer-service-main",
                        List.of("customer-service"), "customer-service/customer-service-main"),
                Arguments.of("a sibling whose name extends the service's is not in it", "customer-service/customer-service-main",
                        List.of("customer-service-db", "customer-service.v2/api", "customer-service0"), "customer-service"),
                Arguments.of("a docker folder packaging its service", "users/docker", List.of("users"), "users"),
                Arguments.of("a docker folder beside another deployable of the service", "users/docker",
                        List.of("users/worker"), "users/docker"),
                Arguments.of("a docker folder with a deployable deeper in it", "users/docker", List.of("users/docker/x"),
                        "users/docker"),
                Arguments.of("a folder at the root", "orders", List.of("payments"), "orders"),
                Arguments.of("a module not named for its service", "shop/api", List.of(), "shop/api"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void aDeployableFolderIsOwnedByItsServiceWhenNothingElseDeployableLivesThere(String description, String folder,
                                                                                 List<String> others, String owner) {
        TreeSet<String> deployables = new TreeSet<>(others);
        deployables.add(folder);

        assertThat(DeployableFolders.owningFolder(folder, deployables)).isEqualTo(owner);
    }
}
