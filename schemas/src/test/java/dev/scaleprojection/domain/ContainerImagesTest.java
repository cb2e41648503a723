package dev.scaleprojection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerImagesTest {

    @ParameterizedTest(name = "{0} runs {1}")
    @CsvSource(nullValues = "none", value = {
        "mariadb:10.4,                                    DATABASE",
        "mcr.microsoft.com/mssql/server:2022-latest,      DATABASE",
        "bitnami/postgresql@sha256:0123abcd,              DATABASE",
        "docker.io/valkey/valkey:9,                       CACHE",
        "jaegertracing/all-in-one:1.57,                   OBSERVABILITY",
        "confluentinc/cp-kafka:7.6.0,                     BROKER",
        "nginx:alpine,                                    PROXY",
        "quay.io/keycloak/keycloak:21.1.1,                IDENTITY",
        "eventuateio/eventuate-mysql8:0.15.0,             DATABASE",
        "amazon/dynamodb-local:1.18.0,                    DATABASE",
        "quay.io/debezium/connect:2.5,                    BROKER",
        "debezium/postgres:16-alpine,                     DATABASE",
        "eventuateio/eventuate-cdc-service:0.4.0.RELEASE, BROKER",
        "acme/orders2:1.0,                                none",
        "acme/web3-wallet:1.0,                            none",
        "go-kratos/beer-shop:1.0,                         none",
        "eshop/basket-api:latest,                         none",
        "myregistry:5000/shop/orders,                     none",
        "'',                                              none"})
    void tellsInfrastructureFromAServiceByTheWordsOfTheImageName(String image, ContainerImages.Role role) {
        assertThat(ContainerImages.roleOf(image)).isEqualTo(java.util.Optional.ofNullable(role));
    }
}
