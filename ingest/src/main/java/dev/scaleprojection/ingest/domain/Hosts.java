package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judgements about a host: is it a well-formed name or address, a placeholder ({@code %s}, {@code ${host}},
 * {@code your-host}), an unspecified bind address, which network it lives in, and whether it is a well-known site that
 * strings mention without being infrastructure (XML namespaces, licences, code hosting, documentation, CDNs).
 */
final class Hosts {

    private static final Pattern IPV6 = Pattern.compile("\\[(?=[^\\]]*[0-9A-Fa-f])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?]|\\[::]");
    /** The characters a placeholder is written with: {@code ${host}}, {@code %s}, {@code <host>}, {@code *}. */
    private static final String PLACEHOLDER_CHARACTERS = "${}%<>*#@\\";
    private static final Pattern MASKED = Pattern.compile("x+(\\.x+)*");
    /** Address ranges reserved for documentation (RFC 5737, RFC 3849): examples, never real hosts. */
    private static final Pattern DOCUMENTATION_ADDRESS = Pattern.compile("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+|\\[?2001:db8:.*");
    private static final List<String> DOCUMENTATION_PREFIXES = List.of("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:",
            "[2001:db8:");
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("host", "hostname", "server", "servername", "domain",
            "yourdomain", "somedomain", "mydomain", "address", "ip", "ipaddress", "example", "placeholder", "changeme", "xxx", "foo", "bar", "baz",
            "db_host", "db-host", "dbhost", "some-host", "somehost", "my-host", "myhost", "remotehost", "host1", "host2",
            // a value that says the setting is not set: TeaStore's Dockerfile ENV RABBITMQ_HOST unset
            "unset", "notset", "not-set", "none", "null", "nil", "undefined", "empty", "tbd", "todo", "dummy", "disabled");
    private static final List<String> PRIVATE_SUFFIXES = List.of(".internal", ".local", ".svc", ".cluster.local", ".lan",
            ".corp", ".intranet", ".intra", ".home.arpa", ".localdomain", ".consul", ".private");
    private static final Set<String> FILE_EXTENSIONS = Set.of("go", "py", "java", "js", "ts", "tsx", "jsx", "kt", "cs",
            "rb", "rs", "c", "h", "cpp", "yaml", "yml", "json", "xml", "txt", "md", "log", "conf", "cfg", "ini", "sh",
            "properties", "html", "css", "sql", "csv", "lock", "toml", "env", "jar", "war", "zip", "gz", "png", "jpg", "svg",
            "class", "proto", "tmpl", "tpl", "bak", "tmp", "dll", "exe", "so", "pem", "crt", "key");
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "io", "dev", "app", "cloud", "ai",
            "co", "biz", "info", "tech", "online", "site", "xyz", "me", "tv", "gov", "edu", "mil", "int", "aws", "azure",
            "google", "internal", "local", "lan", "corp", "home", "intranet", "intra", "svc", "localdomain", "consul",
            "private", "arpa", "localhost", "services", "systems", "network", "digital", "solutions", "global", "world",
            "group", "company", "agency", "works", "run", "sh", "host", "zone", "ninja", "space", "store", "shop",
            "express", "cluster", "email", "health", "media", "live", "news", "pro", "team", "tools", "software", "studio",
            "design", "academy", "page", "link", "click", "today", "life", "one", "top", "vip", "wiki", "blog", "games",
            "social", "stream", "chat", "fun", "center", "support", "finance", "money", "capital", "bank", "insurance",
            "legal", "travel", "name", "mobi", "asia", "jobs", "tel", "cat", "museum", "coop", "aero", "codes",
            "technology", "engineering", "events", "expert", "exchange", "gallery", "guide", "land", "ltd", "plus",
            "security", "website", "wtf", "zip", "mov", "new", "web", "art", "africa", "berlin",
            "london", "nyc", "paris", "tokyo", "amazon", "microsoft", "apple");
    private static final Set<String> COUNTRY_DOMAINS = Set.of(("ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd "
            + "be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk "
            + "dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn "
            + "hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu "
            + "lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om "
            + "pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su "
            + "sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt "
            + "za zm zw").split(" "));
    private static final Set<String> SERVICE_LABELS = Set.of("api", "apis", "hooks", "hook", "webhook", "webhooks",
            "gateway", "auth", "login", "oauth", "oauth2", "sts", "sqs", "sns", "s3", "storage", "queue", "events", "ingest",
            "collector", "graphql", "rpc", "grpc", "backend", "svc", "identity", "idp", "sso", "token", "rest", "ws",
            "broker", "kafka", "redis", "db", "database", "sql", "mq", "amqp", "search", "elastic", "registry", "vault");
    private static final Set<String> CLOUD_SERVICE_DOMAINS = Set.of("amazonaws.com", "googleapis.com", "azure.com",
            "windows.net", "azurewebsites.net", "azure-api.net", "cloudfunctions.net", "firebaseio.com", "herokuapp.com",
            "appspot.com", "run.app", "workers.dev", "vercel.app", "netlify.app", "supabase.co", "supabase.com",
            "digitaloceanspaces.com", "snowflakecomputing.com", "mongodb.net", "elastic-cloud.com", "cloud.es.io",
            "confluent.cloud", "cloudamqp.com", "upstash.io", "redis-cloud.com", "redislabs.com", "aivencloud.com",
            "neon.tech", "planetscale.com", "cockroachlabs.cloud", "azurecr.io", "docker.io", "ghcr.io");
    private static final Pattern API_PATH = Pattern.compile(
            "(?i)/(api|apis|v\\d+(\\.\\d+)?|graphql|oauth2?|token|auth|rest|rpc|services|webhooks?|hooks|ingest|events)(/.*|\\?.*)?");
    private static final Set<String> NON_INFRASTRUCTURE_DOMAINS = Set.of("w3.org", "xmlns.com", "xmlns.jcp.org",
            "java.sun.com", "jcp.org", "jakarta.ee", "json-schema.org", "schema.org", "purl.org", "ietf.org",
            "rfc-editor.org", "apache.org", "opensource.org", "gnu.org", "creativecommons.org", "spdx.org", "github.com",
            "gitlab.com", "bitbucket.org", "stackoverflow.com", "wikipedia.org", "mozilla.org", "example.com",
            "example.org", "example.net", "readthedocs.io", "readthedocs.org", "shields.io", "npmjs.com", "pypi.org",
            "twitter.com", "x.com", "facebook.com", "linkedin.com", "youtube.com", "youtu.be", "medium.com", "google.com",
            "fonts.googleapis.com", "fonts.gstatic.com", "ajax.googleapis.com", "gravatar.com", "jsdelivr.net",
            "unpkg.com", "cdnjs.cloudflare.com", "code.jquery.com", "bootstrapcdn.com", "microsoft.com", "aka.ms",
            "springframework.org", "spring.io", "hibernate.org", "eclipse.org", "python.org", "golang.org", "go.dev",
            "kubernetes.io", "docker.com", "openapis.org", "swagger.io", "json.org", "yaml.org", "unicode.org",
            "iana.org", "oracle.com", "maven.org", "gradle.org", "nodejs.org", "reactjs.org", "npm.im",
            "opengis.net", "xmlsoap.org", "xml.org", "xkcd.com", "oasis-open.org", "omg.org", "openxmlformats.org", "adobe.com");
    private static final List<String> NON_INFRASTRUCTURE_PREFIXES = List.of("schemas.", "schema.", "xmlns.", "ns.", "docs.",
            "doc.", "wiki.", "help.", "support.", "blog.", "www.");
    private static final Pattern DOCUMENT_PATH = Pattern.compile("(?i).*(\\.(html?|md|pdf|png|jpe?g|gif|svg|ico|css|js|mjs"
            + "|ts|xsd|dtd|txt|zip|tar\\.gz|tgz|jar|whl|woff2?|ttf|mp4|webp)$|/licen[cs]es?\\b|/blob/|/tree/|/wiki/|/issues"
            + "|/pull/|/docs?/|/documentation/|/\\d{4}/|/ns/|/xmlns|/schemas?/).*");

    private Hosts() {
    }

    static boolean isWellFormed(String host) {
        return isIpv4(host) || isIpv6(host) || isHostname(host) && !digitsAndDots(host);
    }

    /**
     * {@code [A-Za-z0-9_][A-Za-z0-9_-]{0,62}} labels joined by '.', with an optional final '.', tested without a matcher
     * as every usable host is (the '.' that ends each label is in none, so there is one way only to read a name).
     */
    static boolean isHostname(String host) {
        int i = 0;
        while (i < host.length()) {
            int start = i;
            if (!isLabelCharacter(host.charAt(i)) || host.charAt(i) == '-') {
                return false;
            }
            while (i < host.length() && isLabelCharacter(host.charAt(i))) {
                i++;
            }
            if (i - start > 63 || i < host.length() && host.charAt(i++) != '.') {
                return false;
            }
        }
        return !host.isEmpty();
    }

    private static boolean isLabelCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** {@code [\d.]+}. */
    private static boolean digitsAndDots(String host) {
        for (int i = 0; i < host.length(); i++) {
            if ((host.charAt(i) < '0' || host.charAt(i) > '9') && host.charAt(i) != '.') {
                return false;
            }
        }
        return !host.isEmpty();
    }

    /** {@code \d{1,3}(\.\d{1,3}){3}} with each octet at most 255, tested without a matcher. */
    static boolean isIpv4(String host) {
        int i = 0;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0 && (i >= host.length() || host.charAt(i++) != '.')) {
                return false;
            }
            int start = i;
            int value = 0;
            while (i < host.length() && i - start < 3 && host.charAt(i) >= '0' && host.charAt(i) <= '9') {
                value = value * 10 + host.charAt(i++) - '0';
            }
            if (i == start || value > 255) {
                return false;
            }
        }
        return i == host.length();
    }

    static boolean isIpv6(String host) {
        return host.startsWith("[") && host.endsWith("]") && IPV6.matcher(host).matches();
    }

    static boolean isPlaceholder(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.isEmpty() || holdsPlaceholderCharacter(lower) || PLACEHOLDER_NAMES.contains(lower)
                || isDocumentationAddress(lower) || lower.startsWith("your") || lower.contains("example")
                || lower.contains("changeme") || lower.contains("change-me") || lower.contains("to-change")
                || lower.contains("placeholder") || lower.contains("tobereplaced") || lower.contains("to-be-replaced") || lower.contains("replaceme")
                || lower.startsWith("x") && MASKED.matcher(lower).matches() || lower.endsWith(".test")
                || lower.endsWith(".invalid");
    }

    /** Whether one of {@code PLACEHOLDER_CHARACTERS} stands in the host. */
    static boolean holdsPlaceholderCharacter(String host) {
        for (int i = 0; i < host.length(); i++) {
            if (PLACEHOLDER_CHARACTERS.indexOf(host.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code DOCUMENTATION_ADDRESS}, sought only after one of the prefixes each of its matches starts with. */
    static boolean isDocumentationAddress(String lower) {
        for (String prefix : DOCUMENTATION_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return DOCUMENTATION_ADDRESS.matcher(lower).matches();
            }
        }
        return false;
    }

    /** 0.0.0.0, :: and friends: "every interface", a bind address and never a place to connect to. */
    static boolean isUnspecified(String host) {
        return host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") || host.equals("*");
    }

    /** Loopback addresses; and 10.0.2.2, which the Android emulator gives the developer's machine (eShop's ClientApp). */
    static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.startsWith("127.") && isIpv4(lower)
                || lower.equals("[::1]") || lower.equals("::1") || lower.equals(".") || lower.equals("(local)")
                || lower.equals("10.0.2.2");
    }

    static Endpoint.Network network(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (isLoopback(lower)) {
            return Endpoint.Network.LOOPBACK;
        }
        if (isIpv4(lower)) {
            return isPrivateIpv4(lower) ? Endpoint.Network.PRIVATE : Endpoint.Network.PUBLIC;
        }
        if (isIpv6(lower)) {
            return lower.startsWith("[fd") || lower.startsWith("[fc") || lower.startsWith("[fe80")
                    ? Endpoint.Network.PRIVATE : Endpoint.Network.PUBLIC;
        }
        // no public name server answers for a name outside the public top-level domains: Compose's catalog.api; a
        // name under www is a public web site's whatever its top-level domain (outline's www.val.town)
        if (!lower.contains(".") || PRIVATE_SUFFIXES.stream().anyMatch(lower::endsWith)
                || !hasPublicSuffix(lower) && !lower.startsWith("www.")) {
            return Endpoint.Network.PRIVATE;
        }
        return Endpoint.Network.PUBLIC;
    }

    /** Whether a dotted name's last label is a top-level domain of the public DNS (a trailing dot aside). */
    private static boolean hasPublicSuffix(String lowerHost) {
        String host = lowerHost.endsWith(".") ? lowerHost.substring(0, lowerHost.length() - 1) : lowerHost;
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return TOP_LEVEL_DOMAINS.contains(tld) || COUNTRY_DOMAINS.contains(tld);
    }

    static boolean isPrivateIpv4(String ip) {
        String[] octets = ip.split("\\.");
        int first = Integer.parseInt(octets[0]);
        int second = Integer.parseInt(octets[1]);
        return first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168
                || first == 169 && second == 254 || first == 100 && second >= 64 && second <= 127;
    }

    /**
     * A dotted quad that reads like a version ("1.2.3.4") or an object identifier ("2.5.29.14", OIDs start at arc 0,
     * 1 or 2) rather than a place on a network. Private addresses never do.
     */
    static boolean looksLikeVersion(String ip) {
        if (isPrivateIpv4(ip)) {
            return false;
        }
        String[] octets = ip.split("\\.");
        if (Integer.parseInt(octets[0]) <= 2) {
            return true;
        }
        for (String octet : octets) {
            if (Integer.parseInt(octet) >= 10) {
                return false;
            }
        }
        return true;
    }

    /** Network addresses (x.x.x.0), broadcast and netmasks are not hosts. */
    static boolean isNetworkOrMask(String ip) {
        return ip.endsWith(".0") || ip.startsWith("255.") || ip.endsWith(".255");
    }

    /**
     * A dotted name ending in a real top-level domain or a private suffix: {@code db.shop.internal},
     * {@code api.acme.io}; not a module or file name ({@code http.server}, {@code app.py}).
     */
    static boolean isQualifiedDomainName(String host) {
        String lower = Regexes.replaceAll(host.toLowerCase(Locale.ROOT), "\\.$", "");
        int dot = lower.lastIndexOf('.');
        if (dot <= 0 || isIpv4(lower) || !isHostname(lower)) {
            return false;
        }
        String tld = lower.substring(dot + 1);
        return TOP_LEVEL_DOMAINS.contains(tld) || COUNTRY_DOMAINS.contains(tld) && !FILE_EXTENSIONS.contains(tld);
    }

    /**
     * A public host reached without an explicit port is a service only when it looks like one: an API-like label
     * ({@code api.}, {@code hooks.}, {@code login.} …), a cloud service domain, or an API-like path; otherwise it is a
     * web page, a vendor home page or an identifier ({@code https://adoptium.net/}, SAX feature URIs).
     */
    static boolean looksLikeApi(String host, String path) {
        String lower = host.toLowerCase(Locale.ROOT);
        for (String label : lower.split("[.-]")) {
            if (SERVICE_LABELS.contains(label)) {
                return true;
            }
        }
        return CLOUD_SERVICE_DOMAINS.stream().anyMatch(domain -> lower.endsWith("." + domain))
                || API_PATH.matcher(path).matches();
    }

    /** Sites that strings mention for documentation, identity or assets, reached without a port of their own. */
    static boolean isNonInfrastructure(String host, String path) {
        String lower = host.toLowerCase(Locale.ROOT);
        for (String domain : NON_INFRASTRUCTURE_DOMAINS) {
            if (lower.equals(domain) || lower.endsWith("." + domain) && !lower.startsWith("api.")) {
                return true;
            }
        }
        return NON_INFRASTRUCTURE_PREFIXES.stream().anyMatch(lower::startsWith) || DOCUMENT_PATH.matcher(path).matches();
    }
}
