package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The style of a client call ({@link InternalServiceCallDetector}): the library or mechanism that makes it, told from
 * its receiver and name (grpc, gateway-route, resttemplate, webclient, restclient, fetch, request, axios, requests,
 * httpclient); none when the call is no client call.
 */
final class ClientCallStyles {

    private static final Set<String> GRPC_CALLS = Set.of("forAddress", "forTarget", "Dial", "DialContext", "DialInsecure",
            "NewClient", "insecure_channel", "secure_channel", "ForAddress");
    private static final Pattern REQUEST_LIBRARY = Pattern.compile("require\\(\\s*['\"]request['\"]\\s*\\)"
            + "|from\\s+['\"]request['\"]");

    /** A Python request's keyword arguments that carry what is sent, not where. */
    private static final Pattern BODY_KEYWORD = Pattern.compile("\\s*(?:data|json|params|headers|auth|files|cookies|content)"
            + "\\s*=(?!=)");

    private ClientCallStyles() {
    }

    static Optional<String> of(CodeFile file, Calls.Call call, boolean axiosInstances) {
        String receiver = call.receiver().toLowerCase(Locale.ROOT);
        String name = call.name();
        if (GRPC_CALLS.contains(name) && (receiver.contains("grpc") || receiver.contains("channel")
                || name.contains("channel"))) {
            return Optional.of("grpc");
        }
        if (name.equals("uri") && file.code().contains("RouteLocator")) {
            // Spring Cloud Gateway's route builder: the gateway forwards to the route's uri
            return Optional.of("gateway-route");
        }
        if (receiver.contains("resttemplate") || name.endsWith("ForObject") || name.endsWith("ForEntity")) {
            return Optional.of("resttemplate");
        }
        if (receiver.contains("webclient") || name.equals("baseUrl") && !receiver.contains("restclient")
                || name.equals("uri") && Regexes.matches(receiver, "(this\\.)?\\w*client\\.(get|post|put|delete|patch)\\(\\)")
                && file.code().contains("WebClient")) {
            return Optional.of("webclient");
        }
        if (receiver.contains("restclient")) {
            return Optional.of("restclient");
        }
        if (name.equals("fetch") && (receiver.isEmpty() || receiver.equals("window") || receiver.equals("globalthis"))) {
            return Optional.of("fetch");
        }
        if (name.equals("request") && (receiver.isEmpty() || receiver.equals("request")) && requestLibrary(file)) {
            return Optional.of("request");
        }
        if (receiver.startsWith("axios") || axiosInstances && (file.language() == Language.JAVASCRIPT
                || file.language() == Language.TYPESCRIPT)
                && Regexes.matches(receiver, "(this\\.)?(api|http|client|\\w*client|\\w*api)")) {
            return Optional.of("axios");
        }
        if (file.language() == Language.PYTHON && Regexes.matches(receiver, "(requests|httpx|session|self\\.session|client"
                + "|self\\.client|aiohttp|\\w*session|\\w*client)")) {
            return Optional.of("requests");
        }
        if (file.language() == Language.GO && receiver.equals("http")) {
            return Optional.of("httpclient");
        }
        if (receiver.equals("uri") && name.equals("create") || name.equals("newBuilder") && receiver.contains("httprequest")
                || file.language() == Language.CSHARP && name.endsWith("Async") && Regexes.matches(receiver, ".*(client|http).*")) {
            return Optional.of("httpclient");
        }
        return Optional.empty();
    }

    /** Node's {@code request} package, called as a function: {@code request('http://' + catalogueHost + …)}. */
    /**
     * Where the URL of a Python request ({@code requests.post(url, data={…})}) ends: at the first keyword argument that
     * carries what is sent — CTFd's mailgun sends {@code data={"from": mailfrom_addr}}, which names no target.
     */
    static int beforeBody(String code, int open, int end) {
        for (int[] argument : Calls.arguments(code, open, end)) {
            if (BODY_KEYWORD.matcher(code).region(argument[0], argument[1]).lookingAt()) {
                return argument[0];
            }
        }
        return end;
    }

    private static boolean requestLibrary(CodeFile file) {
        return (file.language() == Language.JAVASCRIPT || file.language() == Language.TYPESCRIPT)
                && REQUEST_LIBRARY.matcher(file.uncommented()).find();
    }
}
