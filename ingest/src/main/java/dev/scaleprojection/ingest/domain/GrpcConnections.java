package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gRPC channel and the generated client built on it make one call: {@code channel = grpc.insecure_channel(catalog_addr)}
 * then {@code ProductCatalogServiceStub(channel)} (microservices-demo's recommendationservice). The channel is paired with
 * a client that takes its variable, or that holds its address in its own arguments ({@code AddGrpcClient<…>(o =>
 * o.Address = …)}); of a pair, the fact kept is the channel's when a literal names its host, else the client's.
 */
final class GrpcConnections {

    /** The variable a statement assigns, up to the call: {@code channel}, {@code self.channel}, Go's {@code conn, err}. */
    private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z_$][\\w$]*)(?:\\s*,\\s*[A-Za-z_$][\\w$]*)*\\s*:?=(?!=)[^=;]*$");

    private record Channel(Finding finding, int offset, String variable, boolean literalHost) {
    }

    private record Client(Finding finding, int open, int close) {
    }

    private final String code;
    private final List<Channel> channels = new ArrayList<>();
    private final List<Client> clients = new ArrayList<>();

    GrpcConnections(String code) {
        this.code = code;
    }

    /** A channel opened at {@code offset}; {@code literalHost} when a string literal, not a name, gave its target. */
    void channel(Finding finding, int offset, boolean literalHost) {
        int lineStart = code.lastIndexOf('\n', offset) + 1;
        Matcher assigned = ASSIGNED.matcher(code.substring(lineStart, offset));
        channels.add(new Channel(finding, offset, assigned.find() ? assigned.group(1) : "", literalHost));
    }

    /** A generated client or stub whose arguments lie between {@code open} and {@code close}. */
    void client(Finding finding, int open, int close) {
        clients.add(new Client(finding, open, close));
    }

    /** The findings of one call each: of every channel and client that make one call, the one that names it best. */
    List<Finding> withoutDuplicates(List<Finding> findings) {
        List<Finding> duplicates = new ArrayList<>();
        for (Channel channel : channels) {
            for (Client client : clients) {
                if (paired(channel, client)) {
                    duplicates.add(channel.literalHost() ? client.finding() : channel.finding());
                }
            }
        }
        if (duplicates.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings);
        kept.removeIf(finding -> duplicates.stream().anyMatch(duplicate -> duplicate == finding));
        return kept;
    }

    private boolean paired(Channel channel, Client client) {
        if (channel.offset() > client.open() && channel.offset() < client.close()) {
            return true;
        }
        if (channel.variable().isEmpty() || client.close() <= client.open()) {
            return false;
        }
        String arguments = code.substring(client.open() + 1, Math.min(code.length(), client.close()));
        for (int at = arguments.indexOf(channel.variable()); at >= 0; at = arguments.indexOf(channel.variable(), at + 1)) {
            int end = at + channel.variable().length();
            if ((at == 0 || !isNamePart(arguments.charAt(at - 1))) && (end == arguments.length() || !isNamePart(arguments.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
