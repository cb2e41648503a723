package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the receiver of a Go method says about the service its HTTP requests go to. The receiver's variable names none:
 * {@code exp.host} in {@code func (exp *Expvar) Collect()} is the host the value was given, not a service called
 * {@code exp}. Its type names one when the request's URL does not: a client type named for a service ({@code func (c
 * *OrdersClient) …}), or a bare {@code Client} in a package named for a service's client (ardanlabs' {@code
 * app/sdk/authclient/http}: {@code func (cln *Client) do(…)} calls auth).
 */
final class GoClientReceivers {

    private static final Pattern METHOD_HEADER = Pattern.compile("^\\s*func\\s*\\(\\s*(\\w+)\\s+\\*?\\s*(\\w+)");
    private static final Pattern CLIENT_NAME = Pattern.compile("(?i)(\\w+?)[-_]?client");

    private GoClientReceivers() {
    }

    /**
     * The targets of a request, found from its arguments, judged by the method's receiver; a request given a URL literal
     * (a public API's) goes where the literal says, whatever its client is called.
     */
    static List<String> targets(CodeFile file, Calls.Call call, List<String> found) {
        Optional<Declarations.Scope> function = file.enclosingFunction(call.nameStart());
        Matcher header = function.map(scope -> METHOD_HEADER.matcher(scope.header())).filter(Matcher::find).orElse(null);
        if (header == null) {
            return found;
        }
        String receiverName = String.join("-", Identifiers.words(header.group(1)));
        List<String> targets = new ArrayList<>(found);
        targets.remove(receiverName);
        boolean urlLiteral = file.source().literalsWithin(call.open() + 1, Math.min(file.code().length(), call.close()) + 1)
                .stream().anyMatch(literal -> literal.value().contains("://"));
        if (!targets.isEmpty() || urlLiteral) {
            return targets;
        }
        return ofClientType(header.group(2)).or(() -> ofClientPackage(file.path())).map(List::of).orElse(List.of());
    }

    private static Optional<String> ofClientType(String type) {
        Matcher client = CLIENT_NAME.matcher(type);
        return client.matches() ? ServiceTargets.ofClient(client.group(1) + "Client") : Optional.empty();
    }

    /** The nearest folder named for a client of something: {@code authclient}, {@code orders_client}. */
    private static Optional<String> ofClientPackage(String path) {
        List<String> folders = Imports.folders(path);
        for (int i = folders.size() - 1; i >= 0; i--) {
            Matcher client = CLIENT_NAME.matcher(folders.get(i));
            if (client.matches()) {
                return ServiceTargets.ofClient(client.group(1) + "Client");
            }
        }
        return Optional.empty();
    }
}
