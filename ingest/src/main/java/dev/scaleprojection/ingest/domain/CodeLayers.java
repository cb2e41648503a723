package dev.scaleprojection.ingest.domain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layer a place in code belongs to, read from the name of the type (or, without one, the function) around it,
 * then from the file's name and folders: {@code persistence} (repositories, DAOs, mappers, EF DbContexts, Django
 * managers, Hibernate tenant resolvers and connection providers, the current tenant's holder, schema migrations and
 * seed data), {@code web} (controllers,
 * resources, handlers, filters, interceptors, guards, middleware, views, and the presentation's forms, serializers, GraphQL
 * types and UI panels, by their folders or modules), {@code domain} for the rest (services, entities, models, use cases,
 * command handlers).
 */
final class CodeLayers {

    static final String DOMAIN = "domain";
    static final String PERSISTENCE = "persistence";
    static final String WEB = "web";

    /**
     * Also their implementations ({@code UserRepositoryImpl}, {@code MultiTenantConnectionProviderImpl}), factories of
     * data sources, and the holder of the current tenant that Hibernate's resolver reads ({@code TenantContext}).
     */
    private static final Pattern PERSISTENCE_TYPE = Pattern.compile(
            ".*(Repository|Repo|Dao|DAO|Mapper|DbContext|DataContext|ConnectionProvider|IdentifierResolver"
                    + "|RoutingDataSource|DataSource|QuerySet|Queryset|Storage|Persistence|Store|Seeder)(Impl)?|.*Manager"
                    + "|.*DataSource(Factory|Provider|Builder|Registry)|.*(Tenant|Organization|Org)(Context|ContextHolder|Holder)");
    private static final Pattern APPLICATION_HANDLER = Pattern.compile(".*(Command|Query|Event|Message|Notification)Handler");
    private static final Pattern WEB_TYPE = Pattern.compile(".*(Controller|Resource|Endpoints?|Handler|Filter|Interceptor|Guard"
            + "|Middleware|Router|Routes|View|ViewSet|APIView|Api|Servlet|Resolver)");
    /** Hibernate's tenancy interfaces and the base classes that implement them ({@code AbstractDataSourceBased…Impl}). */
    private static final Pattern PERSISTENCE_BASE = Pattern.compile("\\b(DbContext|JpaRepository|CrudRepository|Repository"
            + "|models\\.Manager|Manager|AbstractRoutingDataSource|QuerySet)\\b"
            + "|\\b\\w*(MultiTenantConnectionProvider|CurrentTenantIdentifierResolver)\\w*\\b");
    private static final Pattern WEB_BASE = Pattern.compile("@(RestController|Controller|Path|WebFilter|Component.*Filter)\\b"
            + "|\\b(OncePerRequestFilter|Filter|HandlerInterceptor|ControllerBase|Controller|APIView|ViewSet|MiddlewareMixin"
            + "|IMiddleware|HttpServlet|WebMvcConfigurer)\\b|\\[ApiController]");
    private static final Set<String> PERSISTENCE_FOLDERS = Set.of("repository", "repositories", "persistence", "dao", "daos",
            "db", "database", "store", "stores", "storage", "repo", "repos", "orm", "migrations", "migration", "seed", "seeds",
            "seeder", "seeders", "seeding");
    private static final Set<String> WEB_FOLDERS = Set.of("web", "api", "http", "handlers", "handler", "controllers",
            "controller", "routes", "router", "routers", "middleware", "middlewares", "views", "rest", "endpoints", "resources",
            "forms", "graphql", "ui", "templatetags", "serializers");
    private static final Pattern PERSISTENCE_FILE = Pattern.compile("(?i)(repository|repositories|repo|dao|db|database|managers"
            + "|store|storage|persistence|queries)\\.\\w+|.*[._-](repository|repo|dao|store|seeds?|seeder)\\.\\w+");
    private static final Pattern WEB_FILE = Pattern.compile("(?i)(views|urls|routes|router|middleware|handlers?|controllers?|api"
            + "|endpoints|server|forms|serializers)\\.\\w+|.*[._-](controller|handler|middleware|routes?|router|view|api|forms?)"
            + "\\.\\w+");

    private CodeLayers() {
    }

    /**
     * The layers of one file's places, the file's own (from its name and folders) read once, and each type's or
     * function's once: a file names its tenant many times in the same few types, and each name is read by patterns.
     */
    static final class OfFile {

        private final CodeFile file;
        private final Map<Declarations.Scope, String> byScope = new IdentityHashMap<>();
        private String ofFile;

        OfFile(CodeFile file) {
            this.file = file;
        }

        /** The layer of the place at {@code offset}: the enclosing type's, else the enclosing function's, else the file's. */
        String at(int offset) {
            Optional<Declarations.Scope> type = file.enclosingType(offset);
            if (type.isPresent()) {
                return byScope.computeIfAbsent(type.get(), scope -> ofType(scope.name(), scope.header()).orElseGet(this::ofFile));
            }
            return file.enclosingFunction(offset)
                    .map(function -> byScope.computeIfAbsent(function, scope -> ofFunction(scope.name()).orElseGet(this::ofFile)))
                    .orElseGet(this::ofFile);
        }

        private String ofFile() {
            if (ofFile == null) {
                ofFile = CodeLayers.ofFile(file.path());
            }
            return ofFile;
        }
    }

    /** A function outside any type: its own name's layer, else its receiver's ({@code UserRepository.save}). */
    private static Optional<String> ofFunction(String name) {
        return ofType(name.substring(name.lastIndexOf('.') + 1), "")
                .or(() -> Optional.of(name).filter(n -> n.contains(".")).flatMap(n -> ofType(n.substring(0,
                        n.lastIndexOf('.')), "")));
    }

    private static Optional<String> ofType(String name, String header) {
        if (APPLICATION_HANDLER.matcher(name).matches()) {
            return Optional.of(DOMAIN);
        }
        String simple = Regexes.replaceFirst(name, "^[Ii](?=[A-Z])", "");
        if (PERSISTENCE_TYPE.matcher(simple).matches() || PERSISTENCE_BASE.matcher(header).find()) {
            return Optional.of(PERSISTENCE);
        }
        if (WEB_TYPE.matcher(simple).matches() || WEB_BASE.matcher(header).find()) {
            return Optional.of(WEB);
        }
        return Optional.empty();
    }

    private static String ofFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<String> folders = Imports.folders(path).stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        if (PERSISTENCE_FILE.matcher(name).matches() || folders.stream().anyMatch(PERSISTENCE_FOLDERS::contains)) {
            return PERSISTENCE;
        }
        if (WEB_FILE.matcher(name).matches() || folders.stream().anyMatch(WEB_FOLDERS::contains)) {
            return WEB;
        }
        return DOMAIN;
    }
}
