package dev.scaleprojection.ingest.domain;

import dev.scaleprojection.domain.ContainerImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Go's gRPC clients that are not a call where they are made ({@link InternalServiceCallDetector}): a helper function
 * that makes the client for its callers, go-plugin's client of a local plugin process; and go-zero's RPC client, whose
 * target is named by the configuration it is given.
 */
final class GoGrpcClients {

    private static final Pattern GO_FUNC = Pattern.compile("\\bfunc\\s+(?:\\([^()]*\\)\\s*)?$");
    static final Pattern GO_CLIENT = Pattern.compile("New(\\w+)Client");
    private static final Set<String> ZRPC_CONFIGURATION_WORDS = Set.of("conf", "config", "cfg", "client");

    /**
     * A file that uses gRPC or generated protobuf code: a {@code proto} or {@code pb} package among its imports (not the
     * standard library's {@code net/textproto}, which kratos' SMTP client imports).
     */
    private static final Pattern GO_GRPC = Pattern.compile("grpc|genproto|/pb\"|[\"/]proto\"|/pb/|/protos?/|\\bpb\\.");

    private GoGrpcClients() {
    }

    /**
     * {@code pb.NewOrdersServiceClient(conn)}: a generated client's constructor, called in a file that uses gRPC, of a
     * package that is no vendor's API, outside the declaration of a helper that makes clients for its callers.
     */
    static boolean generatedStub(CodeFile file, Calls.Call call) {
        return GO_CLIENT.matcher(call.name()).matches() && GO_GRPC.matcher(file.uncommented()).find()
                && !goDeclaration(file, call) && !goPlugin(file)
                && !VendorApis.isGoVendorPackage(file.uncommented(), call.receiverName()) && !goClientHelper(file, call);
    }

    /**
     * A constructor named for infrastructure makes a store's or broker's client, not a service's stub: the project's
     * own {@code redisClient.NewUniversalRedisClient(cfg.Redis)} beside its gRPC server (Go-CQRS-Kafka-gRPC-Microservices).
     */
    static boolean namesService(String target) {
        return ContainerImages.roleOf(target).isEmpty();
    }

    /**
     * go-zero's RPC client, {@code zrpc.MustNewClient(c.OrderRpcConf)}: the configuration it is given is named for
     * the service it calls (order-rpc), the generated wrapper around it ({@code order.NewOrder(…)}) calls nobody else.
     */
    static Optional<String> zrpcTarget(CodeFile file, Calls.Call call) {
        String argument = file.code().substring(call.open() + 1, Math.max(call.open() + 1, call.close())).strip();
        if (!Regexes.matches(argument, "[A-Za-z_][\\w.]*")) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(Identifiers.words(argument.substring(argument.lastIndexOf('.') + 1)));
        while (!words.isEmpty() && ZRPC_CONFIGURATION_WORDS.contains(Identifiers.last(words))) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() || words.equals(List.of("rpc")) ? Optional.empty() : Optional.of(String.join("-", words));
    }

    /**
     * Inside Go's {@code func NewTrainerClient()} the channel and the stub are the helper's making: whoever calls the
     * helper calls the service (wild-workouts' shared {@code internal/common/client}, given its address by the
     * environment). A helper whose channel names its service by a literal, go-kratos' {@code func
     * NewUserServiceClient(…)} dialling {@code discovery:///beer.user.service} for wire to inject, is the call itself.
     */
    static boolean goClientHelper(CodeFile file, Calls.Call call) {
        if (file.language() != Language.GO) {
            return false;
        }
        String anchor = file.anchorOrMember(call.nameStart());
        return GO_CLIENT.matcher(anchor.substring(anchor.lastIndexOf('.') + 1)).matches();
    }

    /**
     * HashiCorp's go-plugin: the gRPC client it hands a plugin's {@code GRPCClient} talks to a plugin process the host
     * started on its own machine (botkube's executors and sources), no service of the system.
     */
    static boolean goPlugin(CodeFile file) {
        return file.file().content().contains("hashicorp/go-plugin");
    }

    /** {@code func NewTrainerClient() (…)} declares a helper; only its callers call the service. */
    static boolean goDeclaration(CodeFile file, Calls.Call call) {
        return call.receiver().isEmpty() && goDeclaration(file, call.nameStart());
    }

    static boolean goDeclaration(CodeFile file, int nameStart) {
        return GO_FUNC.matcher(file.code().substring(Math.max(0, nameStart - 80), nameStart)).find();
    }
}
