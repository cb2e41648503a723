package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NestJS's gRPC client: {@code this.grpcClient.getService<IdentityGrpcService>(IDENTITY_SERVICE_NAME)} on a {@code
 * ClientGrpc} gives the stub of the service it names, as a generated client's constructor does elsewhere
 * ({@link InternalServiceCallDetector}).
 */
final class NestGrpcClients {

    private NestGrpcClients() {
    }

    /** The service a {@code getService(…)} call of a file that holds a {@code ClientGrpc} names, by its argument. */
    static Optional<String> target(CodeFile file, Calls.Call call) {
        if (!call.name().equals("getService") || !file.file().content().contains("ClientGrpc")
                || call.close() <= call.open()) {
            return Optional.empty();
        }
        String argument = file.source().text().substring(call.open() + 1, call.close()).strip();
        argument = argument.length() > 1 && "'\"`".indexOf(argument.charAt(0)) >= 0
                ? argument.substring(1, argument.length() - 1) : argument.substring(argument.lastIndexOf('.') + 1);
        if (!Regexes.matches(argument, "[A-Za-z_$][\\w$]*")) {
            return Optional.empty();
        }
        // IDENTITY_SERVICE_NAME is the service's name; the grpc in IdentityGrpcService says how it is called
        List<String> words = new ArrayList<>(Identifiers.words(argument));
        words.removeIf(word -> word.equals("grpc"));
        if (!words.isEmpty() && Identifiers.last(words).equals("name")) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? Optional.empty() : ServiceTargets.ofGrpcStub(String.join("_", words));
    }
}
