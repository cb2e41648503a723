package dev.scaleprojection.schemas.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A registry address without the credentials it may carry ({@code https://USER:PASSWORD@host}), and the HTTP basic
 * authentication those or explicit {@code USER:PASSWORD} credentials give. The address is what messages show.
 */
record RegistryCredentials(String url, Optional<String> authorization) {

    static RegistryCredentials of(String registryUrl, Optional<String> basicAuth) {
        String url = registryUrl;
        Optional<String> userInfo = Optional.empty();
        try {
            URI uri = new URI(registryUrl);
            if (uri.getRawUserInfo() != null) {
                userInfo = Optional.of(uri.getUserInfo());
                url = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), uri.getFragment()).toString();
            }
        } catch (URISyntaxException notAUri) {
            // left as it is: the first request names the address that cannot be reached
        }
        Optional<String> inUrl = userInfo;
        Optional<String> credentials = basicAuth.filter(value -> !value.isBlank()).or(() -> inUrl);
        credentials.filter(value -> !value.contains(":")).ifPresent(value -> {
            throw new IllegalArgumentException("The schema registry's basic authentication must be USER:PASSWORD; it has no ':'");
        });
        return new RegistryCredentials(url, credentials.map(value ->
                "Basic " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    }
}
