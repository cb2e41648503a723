package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the bounded context a file or a package belongs to, from names alone: the deepest folder or package segment
 * that is neither a layer ({@code domain}, {@code persistence}, {@code api} …) nor a container ({@code src},
 * {@code services}, {@code internal} …), below the reverse-domain root of JVM packages; {@code orders-service} and
 * {@code Ordering.Domain} count as {@code orders} and {@code ordering}; in a modular monolith, a module that holds
 * layers ({@code Modules/Meetings/Application/…}) is the context of everything below it. Two places cross contexts
 * when their paths part at two such segments.
 */
final class BoundedContexts {

    static final String ROOT = "root";

    /** Layers of one context: below one of these, packages are aggregates or slices of the same context. */
    private static final Set<String> LAYERS = Set.of("domain", "domains", "model", "models", "entity", "entities",
            "aggregate", "aggregates", "aggregatesmodel", "repository", "repositories", "repo", "repos", "persistence",
            "infrastructure", "infra", "adapter", "adapters", "port", "ports", "usecase", "usecases", "application",
            "api", "apis", "web", "rest", "http", "grpc", "graphql", "controller", "controllers", "handler", "handlers",
            "router", "routers", "routes", "route", "dto", "dtos", "view", "views", "viewmodels", "schema", "schemas",
            "serializers", "migrations", "migration", "db", "database", "data", "dao", "daos", "store", "stores", "storage",
            "event", "events", "messaging", "message", "messages", "config", "configuration", "util", "utils", "impl",
            "jpa", "jdbc", "sql", "orm", "mongo", "postgres", "mysql", "redis", "kafka", "interfaces", "presentation",
            "queries", "commands", "internal", "integrationevents", "domainevents", "eventhandlers", "behaviors", "behaviours",
            "validations", "validators", "extensions", "mappers", "mapping", "mappings", "specifications", "exceptions",
            "seedwork", "abstractions", "requests", "responses", "pages", "hubs", "helpers", "seed", "seeding", "setup",
            "startup", "properties", "changelog", "changelogs", "liquibase", "flyway", "ddl", "h2", "hsqldb", "postgresql",
            "mariadb", "oracle", "mssql", "sqlserver", "sqlite", "db2", "derby", "mongodb", "cassandra", "prisma",
            "alembic", "revisions", "ent", "actors", "grains", "ui", "logic", "businesslogic", "bll", "dal", "dataaccess");
    /**
     * Folders of schema migrations: what lies below them (Alembic's {@code revisions/tenant/versions}) names no
     * context; the folders above them do.
     */
    private static final Set<String> MIGRATION_ROOTS = Set.of("migrations", "migration", "alembic", "revisions",
            "changelog", "changelogs", "flyway", "liquibase");
    /** Folders that hold contexts without being one. */
    private static final Set<String> CONTAINERS = Set.of("src", "main", "lib", "libs", "app", "apps", "applications", "pkg",
            "cmd", "server", "servers", "service", "services", "svc", "module", "modules", "package", "packages", "component",
            "components", "core", "resources", "static", "templates", "public", "proto", "protos", "protobuf", "contract",
            "contracts", "openapi", "asyncapi", "swagger", "avro", "idl", "gen", "java", "kotlin", "scala", "go", "python",
            "features", "feature", "backend", "frontend", "webapi", "host", "spec", "specs", "docs", "doc", "sources",
            "source", "code", "projects", "project");
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "org", "net", "io", "dev", "de", "fr", "uk", "nl",
            "eu", "co", "me", "app", "info", "biz", "us", "ch", "at", "se", "no", "dk", "fi", "es", "it", "pl", "br", "jp",
            "cn", "in", "au", "ca", "be", "cz", "ru", "tech", "cloud", "edu", "gov", "mil");
    private static final Set<String> JVM_SOURCE_ROOTS = Set.of("java", "kotlin", "scala", "groovy");

    /** The folder (up to its last slash) and the context of the last file path asked about on this thread. */
    private static final ThreadLocal<String[]> LAST_FOLDER = ThreadLocal.withInitial(() -> new String[2]);
    /** The contexts of the folders already asked about: a scan comes back to a folder after its subfolders. */
    private static final int MAX_KEPT = 8192;
    private static final Map<String, String> OF_FOLDER = new ConcurrentHashMap<>();

    private BoundedContexts() {
    }

    /**
     * The context of a repository-relative file path; {@link #ROOT} when nothing names one. It depends on the folders
     * alone, so the answer for the last folder asked about is kept: a scan asks file after file of the same folder.
     */
    static String ofPath(String path) {
        String normalized = path.replace('\\', '/');
        if (normalized.endsWith("/")) {
            return ofFolders(normalized);
        }
        String folder = normalized.substring(0, normalized.lastIndexOf('/') + 1);
        String[] last = LAST_FOLDER.get();
        if (!folder.equals(last[0])) {
            String context = OF_FOLDER.get(folder);
            if (context == null) {
                context = ofFolders(normalized);
                if (OF_FOLDER.size() < MAX_KEPT) {
                    OF_FOLDER.put(folder, context);
                }
            }
            last[1] = context;
            last[0] = folder;
        }
        return last[1];
    }

    private static String ofFolders(String path) {
        List<String> folders = new ArrayList<>(Arrays.asList(path.split("/")));
        folders.remove(folders.size() - 1);
        folders.removeIf(String::isEmpty);
        for (int i = 0; i < folders.size(); i++) {
            if (MIGRATION_ROOTS.contains(folders.get(i).toLowerCase(Locale.ROOT))) {
                folders = new ArrayList<>(folders.subList(0, i));
                break;
            }
        }
        for (int i = 0; i + 2 < folders.size(); i++) {
            if (folders.get(i).equals("src") && JVM_SOURCE_ROOTS.contains(folders.get(i + 2))) {
                List<String> module = folders.subList(0, i);
                Optional<String> fromPackage = named(withoutDomainRoot(folders.subList(i + 3, folders.size())));
                return fromPackage.or(() -> ofModule(module)).orElse(ROOT);
            }
            if (folders.get(i).equals("src") && folders.get(i + 2).equals("resources")) {
                List<String> module = folders.subList(0, i);
                return deepest(folders.subList(i + 3, folders.size())).or(() -> ofModule(module)).orElse(ROOT);
            }
        }
        return named(folders).orElse(ROOT);
    }

    /**
     * The context a JVM module folder names. A name of three words or more after its technical suffix carries the
     * project's prefix ({@code spring-petclinic-vets-service}): its context is the last word, as its packages
     * ({@code org.springframework.samples.petclinic.vets}) name it, so that its resources and its code agree.
     */
    private static Optional<String> ofModule(List<String> module) {
        return deepest(module).map(name -> {
            String[] words = name.split("-");
            return words.length >= 3 ? words[words.length - 1] : name;
        });
    }

    /** The context of a JVM package or .NET namespace such as {@code com.acme.shop.orders.domain}. */
    static String ofPackage(String qualifiedName) {
        return named(withoutDomainRoot(Arrays.asList(qualifiedName.split("\\.")))).orElse(ROOT);
    }

    /**
     * The two contexts where {@code from} and {@code to} part, when they part at two context names after at least
     * {@code minimumCommon} shared segments, and not below a layer ({@code domain.order} and {@code domain.customer}
     * are aggregates of one context).
     */
    static Optional<List<String>> crossing(List<String> from, List<String> to, int minimumCommon) {
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equalsIgnoreCase(to.get(common))) {
            common++;
        }
        if (common < minimumCommon || common >= from.size() || common >= to.size()
                || common > 0 && LAYERS.contains(from.get(common - 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String fromSegment = from.get(common);
        String toSegment = to.get(common);
        if (isNotContext(fromSegment) || isNotContext(toSegment)) {
            return Optional.empty();
        }
        String fromContext = normalize(fromSegment);
        String toContext = normalize(toSegment);
        return fromContext.equals(toContext) ? Optional.empty() : Optional.of(List.of(fromContext, toContext));
    }

    /**
     * Lower case, dashes for separators, without a technical suffix: {@code Orders-Service}, {@code orders_api} and
     * {@code OrdersService} give {@code orders}.
     */
    static String normalize(String segment) {
        String camel = Regexes.replaceFirst(segment, "(?<=[a-z0-9])(?:Service|Svc|Api|API|Microservice|Server|Backend)$", "");
        String lower = Regexes.replaceAll(Regexes.replaceAll(camel.toLowerCase(Locale.ROOT), "[^a-z0-9]+", "-"), "^-+|-+$", "");
        String stripped = Regexes.replaceAll(lower, "-(service|svc|api|app|server|microservice|ms|backend|module|domain|core|web)$", "");
        return stripped.isEmpty() ? lower : stripped;
    }

    static boolean isNotContext(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return LAYERS.contains(lower) || CONTAINERS.contains(lower) || Regexes.matches(lower, "v\\d+|\\d.*|.*aggregate|_+.*|\\..*|@.*|~");
    }

    /** The layered module the segments lie in, else the deepest segment that names a context. */
    private static Optional<String> named(List<String> segments) {
        return layeredModule(segments).or(() -> deepest(segments));
    }

    /**
     * The module of a modular monolith: the segment after {@code modules} when a layer lies below it
     * ({@code Modules/Meetings/Application/MeetingGroups/…}, namespace {@code MyMeetings.Modules.Meetings.Domain}); the
     * folders below its layers are aggregates and use-case slices of that one context, not contexts of their own.
     */
    private static Optional<String> layeredModule(List<String> segments) {
        for (int i = 0; i + 2 < segments.size(); i++) {
            if (segments.get(i).equalsIgnoreCase("modules") && !isNotContext(segments.get(i + 1))
                    && segments.subList(i + 2, segments.size()).stream().anyMatch(BoundedContexts::isLayer)) {
                return dotted(segments.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** A layer folder, also as the last part of a .NET project folder ({@code MyMeetings.Modules.Meetings.Domain}). */
    private static boolean isLayer(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return LAYERS.contains(lower.substring(lower.lastIndexOf('.') + 1));
    }

    private static Optional<String> deepest(List<String> segments) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            Optional<String> named = dotted(segments.get(i));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** A .NET project folder such as {@code Shop.Ordering.Domain} names its context by its last meaningful part. */
    private static Optional<String> dotted(String segment) {
        String[] parts = segment.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !isNotContext(parts[i])) {
                return Optional.of(normalize(parts[i]));
            }
        }
        return Optional.empty();
    }

    /** Drops the reverse-domain root of a package ({@code com.acme}). */
    private static List<String> withoutDomainRoot(List<String> segments) {
        if (segments.size() >= 2 && TOP_LEVEL_DOMAINS.contains(segments.get(0).toLowerCase(Locale.ROOT))) {
            return segments.subList(2, segments.size());
        }
        return segments;
    }
}
