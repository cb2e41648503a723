package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which kind of personal data a name holds (email, phone, name, address, birth-date, national-id, card, ip), read from
 * its words and the thing that holds it: {@code customerEmail} and {@code emailAddress} are emails, {@code emailVerified}
 * and {@code emailTemplate} are not; a bare {@code name} is personal only on a person ({@code Customer.name}, not
 * {@code Product.name}); an {@code address} is postal unless it is a server's, a socket's or an IP's; a card number
 * that is masked, hashed or tokenized is not one, and a {@code bankAccount} is an account's number only when it is a
 * string (not the {@code BankAccount} entity a resource logs or posts).
 */
final class PersonalData {

    private static final Set<String> NOT_PERSONAL = Set.of("template", "templates", "regex", "pattern", "format",
            "validator", "validation", "verified", "verification", "enabled", "sent", "confirmed", "provider", "sender",
            "host", "port", "server", "config", "settings", "mask", "masked", "hash", "hashed", "token", "tokenized",
            "column", "field", "key", "header", "param", "label", "type", "status", "count", "length", "size", "service",
            "queue", "topic", "channel", "subject", "body", "content", "domain", "prefix", "suffix", "last4", "brand",
            "expiry", "exp", "placeholder", "message", "error", "required", "valid", "invalid", "property", "properties",
            "policy", "exists", "changed", "updated", "max", "min", "limit", "notification", "notifications", "opt",
            "consent", "preference", "preferences", "blocked");
    /** A name that starts like a yes/no question holds a flag about the data: {@code allowPrivateIPAddress}, {@code hasEmail}. */
    private static final Set<String> FLAG_VERBS = Set.of("is", "has", "have", "allow", "allows", "should", "can", "enable",
            "disable", "show", "hide", "include", "require", "requires", "needs", "skip", "use");
    private static final Set<String> NETWORK = Set.of("server", "host", "ip", "mac", "remote", "local", "bind", "listen",
            "socket", "inet", "broker", "node", "peer", "proxy", "gateway", "network", "net", "web", "base", "memory", "mem",
            "contract", "wallet", "ether", "eth", "return", "email", "mail", "http", "url", "endpoint", "service", "hardware",
            "physical", "public", "private", "virtual", "multicast", "broadcast", "ipv4", "ipv6", "v4", "v6", "source",
            "destination", "dest", "src", "dst", "ip4", "ip6", "rpc", "grpc", "redis", "kafka", "cluster", "bluetooth",
            "listening", "advertised", "external", "internal", "client", "target", "tcp", "udp", "instance", "pod", "vm");
    private static final Set<String> PEOPLE = Set.of("customer", "user", "person", "people", "employee", "patient", "member",
            "contact", "owner", "client", "account", "profile", "student", "applicant", "candidate", "driver", "passenger",
            "guest", "subscriber", "buyer", "recipient", "beneficiary", "holder", "cardholder", "resident", "citizen",
            "traveler", "traveller", "attendee", "participant", "visitor", "lead", "prospect", "consumer", "shopper",
            "physician", "doctor", "nurse", "teacher", "staff", "individual", "signer", "payer", "payee", "borrower",
            "landlord", "author", "reviewer", "sender", "receiver", "parent", "child", "spouse", "vet",
            "veterinarian", "customers", "users", "persons", "employees", "patients", "members", "contacts", "owners",
            "clients", "accounts", "profiles", "students", "applicants", "candidates", "drivers", "passengers", "guests",
            "subscribers", "buyers", "recipients", "beneficiaries", "holders", "authors", "vets", "me");
    /** A tenant is the organization a multi-tenant system serves (spring-boot-multi-tenant's Tenant), seldom a renter. */
    private static final Set<String> ORGANIZATIONS = Set.of("company", "business", "organization", "organisation", "merchant",
            "vendor", "supplier", "warehouse", "branch", "headquarters", "tenant", "tenants");
    /** What a postal address may belong to besides a person. */
    private static final Set<String> ADDRESSED = Set.of("registration", "signup", "billing", "shipping", "delivery", "invoice",
            "order", "orders", "shipment", "address", "addresses", "household", "residence", "home");
    /** Holders whose contact details belong to an organization, not a person. */
    /** What an account may belong to besides a person: a mailbox, a service, a cloud or storage provider. */
    /**
     * Holders that are a person's only unqualified or qualified as one: UserAccount, Profile, Client; not MailAccount,
     * IPSecProfile, OAuthClient (ever-gauzy's registered OAuth applications).
     */
    private static final Set<String> AMBIGUOUS_PEOPLE = Set.of("account", "accounts", "profile", "profiles", "client", "clients");
    private static final Set<String> OWN = Set.of("public", "private", "personal", "my", "own", "current", "default", "main",
            "primary", "base", "abstract", "app", "application", "social");
    /**
     * What a full or real name also names: {@code script.full_name} is a dotted path, {@code fileRealName} a file's
     * name, not a person's.
     */
    private static final Set<String> CODE_THINGS = Set.of("script", "module", "class", "package", "file", "function", "method",
            "repo", "repository", "job", "task", "type", "model", "plugin", "field", "table", "image", "artifact", "path",
            "object", "test", "command", "resource", "template", "schema", "view", "component", "project", "branch", "tag",
            "queue", "topic", "metric", "node", "device", "host", "report", "dataset", "workflow", "step", "source",
            "storage", "attachment", "upload");
    /** Things with a long name of their own, no person's: wger's {@code Language.full_name}, a country's, a currency's. */
    private static final Set<String> NAMED_THINGS = Set.of("language", "locale", "country", "region", "currency", "unit",
            "product", "category", "brand", "company", "organization", "organisation", "business", "team", "group", "role",
            "permission", "department", "place", "location", "venue", "warehouse", "course", "license", "licence");
    /** What a client serving programs belongs to: an offset store, a connection, an OAuth registration, a configuration. */
    private static final Set<String> PROGRAM_HOLDERS = Set.of("offset", "offsets", "cdc", "oauth", "oauth2", "registered",
            "registration", "connection", "connections", "session", "sessions", "token", "tokens", "kafka", "producer",
            "api", "credential", "credentials", "secret", "grpc", "http", "mqtt", "jdbc", "redis", "cache", "lock", "lease",
            "config", "configuration", "properties", "options", "settings", "reader", "pipeline", "replication");
    /**
     * What an IP address may belong to besides a person: a server, a node, a virtual IP ({@code vipAddress}, the
     * service address conductor's HTTP task logs), a bind or listen address, the address a server or a deployment is
     * held with; a client's or a user's remote address is a person's.
     */
    private static final Set<String> MACHINES = Set.of("vip", "virtual", "server", "host", "node", "bind", "listen", "local",
            "gateway", "proxy", "broker", "cluster", "pod", "instance", "vm", "router", "dns", "nat", "floating", "master",
            "worker", "peer", "service", "svc", "machine", "agent", "container", "docker", "loopback", "multicast", "subnet",
            "deploy", "deployment", "deployments");
    /** Holders of network addresses: an IPAddress's address is no postal one. */
    private static final Set<String> NETWORK_HOLDERS = Set.of("ip", "ipv4", "ipv6", "mac", "inet", "socket", "network", "net");
    /** Holders that stand for many people at once: a team's or a group's contact is a mailing list, not a person. */
    private static final Set<String> COLLECTIVES = Set.of("team", "group", "department", "distribution", "mailinglist");
    private static final Set<String> BUSINESSES = Set.of("company", "business", "organization", "organisation", "org", "office",
            "store", "shop", "warehouse", "merchant", "vendor", "supplier", "site", "branch", "headquarters", "hq", "corporate",
            "settings", "config", "configuration", "channel", "app", "plugin", "webhook", "team", "department", "brand", "bank",
            "support", "noreply", "sales", "admin", "system", "sender", "smtp", "server");
    /** Places people meet at, whose addresses are no person's: kgrzybek's {@code Meetings.LocationPostalCode}. */
    private static final Set<String> VENUES = Set.of("location", "venue", "place", "meeting", "meetings", "restaurant", "hotel",
            "facility", "premises");
    /** What may qualify a postal address: {@code billingAddress}, {@code homeAddress}, {@code customerAddress}. */
    private static final Set<String> POSTAL = Set.of("home", "billing", "shipping", "postal", "mailing", "delivery",
            "residential", "primary", "secondary", "current", "permanent", "contact", "street", "physical", "correspondence",
            "detail", "detailed",
            "invoice", "default", "main", "alternate", "alternative", "previous", "personal", "private", "residence", "pickup",
            "dropoff", "destination", "origin", "return");
    private static final Set<String> ANIMALS = Set.of("pet", "pets", "animal", "animals", "dog", "dogs", "cat", "cats",
            "horse", "horses", "cow", "cows", "livestock", "breed", "plant", "plants");
    /** {@code tel} is how many schemas abbreviate a telephone number (litemall's {@code litemall_address.tel}). */
    private static final Set<String> PHONES = Set.of("phone", "mobile", "telephone", "msisdn", "cellphone", "fax", "tel");
    private static final List<String> NAMES = List.of("firstname", "lastname", "fullname", "surname", "givenname",
            "familyname", "middlename", "maidenname", "forename", "legalname", "realname");
    private static final List<String> NATIONAL_IDS = List.of("ssn", "socialsecurity", "nationalid", "nationalidentifier",
            "nationalnumber", "nationalinsurance", "passport", "taxid", "taxnumber", "taxidentification", "driverslicense",
            "driverlicense", "drivinglicence", "drivinglicense", "driverlicence", "personalnumber", "personnummer",
            "idcardnumber", "nino", "cpf", "bsn", "aadhaar", "pesel");
    private static final List<String> CARDS = List.of("cardnumber", "creditcard", "cardno", "ccnumber", "iban", "cvv", "cvc",
            "bankaccount", "accountnumber", "debitcard");
    private static final List<String> BIRTH_DATES = List.of("birthdate", "dateofbirth", "birthday", "dob", "birthdt",
            "yearofbirth", "birthyear");

    /**
     * A part of every name {@link #kindOf} takes for personal data, its words joined (each branch there needs one), so
     * that the many names that hold none ({@code orderTotal}, {@code createdAt}) are turned away in one pass.
     */
    private static final KeywordAutomaton MAY_BE_PERSONAL = new KeywordAutomaton(List.of("mail", "phone", "mobile",
            "msisdn", "fax", "tel", "cell", "name", "birth", "dob", "ssn", "socialsecurity", "national", "passport", "tax",
            "licen", "personalnumber", "personnummer", "idcardnumber", "nino", "cpf", "bsn", "aadhaar", "pesel", "card",
            "ccnumber", "iban", "cvv", "cvc", "account", "ip", "remoteaddr", "street", "postcode", "postalcode", "zipcode",
            "address", "housenumber"));

    private PersonalData() {
    }

    /**
     * The kind of personal data {@code name} holds, if any, when held by {@code holder} (a class, table or the variable
     * before it in an expression; "" when unknown) and declared as {@code type} ("" when unknown).
     */
    static Optional<String> kindOf(String name, String holder, String type) {
        List<String> words = Identifiers.words(name);
        String joined = String.join("", words);
        if (!MAY_BE_PERSONAL.any(joined)) {
            return Optional.empty();
        }
        if (words.isEmpty() || Regexes.matches(type, "(?i)bool(ean)?|int|long|short|byte|Int\\d*|u?int\\d*|float|double|decimal|Date.*")
                && !Regexes.matches(name.toLowerCase(java.util.Locale.ROOT), ".*(birth|dob).*|.*(phone|card|iban|account)number.*")) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(NOT_PERSONAL::contains) && !words.equals(List.of("address"))
                || words.size() > 1 && FLAG_VERBS.contains(words.get(0))) {
            return Optional.empty();
        }
        int with = Math.max(words.indexOf("with"), words.indexOf("without"));
        if (with > 0) {
            // grantorIdsWithNullEmail holds ids, customerWithEmail a customer: what the name holds comes before "with"
            return kindOf(String.join("_", words.subList(0, with)), holder, type);
        }
        String last = Identifiers.last(words);
        if (endsWithWords(words, "email") || endsWithWords(words, "emailaddress") || endsWithWords(words, "mailaddress")
                || endsWithWords(words, "emailaddr")) {
            return businessContact(words, holder) ? Optional.empty() : Optional.of("email");
        }
        if (PHONES.contains(last) || Regexes.matches(joined, ".*(phone|mobile|tel|telephone|cell|fax)(number|no|num)")) {
            return businessContact(words, holder) ? Optional.empty() : Optional.of("phone");
        }
        // a file's real name (eladmin's S3Storage.fileRealName, LocalStorage.realName) is the name it was uploaded by
        if ((endsWithWords(words, "fullname") || endsWithWords(words, "realname")) && (CODE_THINGS.contains(lastWord(holder))
                || NAMED_THINGS.contains(lastWord(holder))
                || words.size() > 2 && CODE_THINGS.contains(words.get(words.size() - 3)))) {
            return Optional.empty();
        }
        // a user name is a login, also normalized (ASP.NET Identity's NormalizedUserName), not a person's name
        if (NAMES.stream().anyMatch(personal -> endsWithWords(words, personal)) || last.equals("name")
                && !endsWithWords(words, "username")
                && !endsWithWords(words, "accountname") && (words.size() == 1 ? isPerson(holder)
                : PEOPLE.contains(words.get(words.size() - 2)) && !programsClient(words, holder))) {
            return Optional.of("name");
        }
        if (BIRTH_DATES.stream().anyMatch(birth -> containsWords(words, birth)) && !ANIMALS.contains(lastWord(holder))) {
            return Optional.of("birth-date");
        }
        if (NATIONAL_IDS.stream().anyMatch(id -> containsWords(words, id))) {
            // an organization's tax number (ever-gauzy's Organization.taxId, bitwarden's BusinessTaxNumber) is a business's
            boolean business = words.contains("business") || words.contains("company") || words.contains("vat")
                    || organization(holder) || BUSINESSES.contains(lastWord(holder));
            return business && !words.stream().anyMatch(PEOPLE::contains) ? Optional.empty() : Optional.of("national-id");
        }
        if (CARDS.stream().anyMatch(card -> containsWords(words, card) && (!card.equals("bankaccount")
                || Regexes.matches(type, "(?i)string\\??|str")))) {
            return Optional.of("card");
        }
        if (last.equals("ip") || joined.endsWith("ipaddress") || joined.endsWith("ipaddr") || joined.equals("remoteaddr")) {
            // a server's or a deployment's ip field (eladmin's ServerDeploy.ip, mnt_deploy_history.ip) is a machine's
            return words.stream().anyMatch(MACHINES::contains) || Identifiers.words(holder).stream().anyMatch(MACHINES::contains)
                    ? Optional.empty() : Optional.of("ip");
        }
        return postal(words, joined, holder, type);
    }

    private static Optional<String> postal(List<String> words, String joined, String holder, String type) {
        String last = Identifiers.last(words);
        boolean venue = words.stream().noneMatch(PEOPLE::contains)
                && (words.stream().anyMatch(VENUES::contains) || VENUES.contains(lastWord(holder)));
        if (Regexes.matches(joined, ".*(street|postcode|postalcode|zipcode|addressline\\d*|streetname|housenumber)(\\d*)")
                && !businessContact(words, holder) && !venue) {
            return Optional.of("address");
        }
        boolean addressLike = last.equals("address")
                || words.size() >= 2 && words.get(words.size() - 2).equals("address") && Regexes.matches(last, "\\d+|line");
        if (!addressLike || Regexes.matches(type, "(?i).*(Inet|Socket|IP|Ip|Net|Mac)\\w*Address.*|.*URI|.*Url")
                || Identifiers.words(holder).stream().anyMatch(NETWORK_HOLDERS::contains)) {
            return Optional.empty();
        }
        int index = words.lastIndexOf("address");
        if (venue) {
            return Optional.empty();
        }
        if (index > 0) {
            String before = words.get(index - 1);
            boolean postal = POSTAL.contains(before) || PEOPLE.contains(before) || ADDRESSED.contains(before);
            return postal && !NETWORK.contains(before) && !BUSINESSES.contains(before) && !organization(holder)
                    && !BUSINESSES.contains(lastWord(holder)) ? Optional.of("address") : Optional.empty();
        }
        if (BUSINESSES.contains(lastWord(holder))) {
            return Optional.empty();
        }
        boolean addressed = isPerson(holder) || Identifiers.words(holder).stream().anyMatch(ADDRESSED::contains);
        return addressed ? Optional.of("address") : Optional.empty();
    }

    /**
     * A holder that stands for a person: {@code Customer}, {@code users}, {@code currentUser}; not {@code CustomerType},
     * nor an account or profile of a thing ({@code MailAccount}, {@code ProviderAccount}, {@code IPSecProfile}), whose name
     * is a label.
     */
    static boolean isPerson(String holder) {
        List<String> words = Identifiers.words(holder);
        String last = Identifiers.last(words);
        boolean systemOwned = AMBIGUOUS_PEOPLE.contains(last) && words.subList(0, words.size() - 1).stream()
                .anyMatch(word -> !PEOPLE.contains(word) && !OWN.contains(word));
        return PEOPLE.contains(last) && !systemOwned && words.stream().noneMatch(COLLECTIVES::contains);
    }

    /** A table or type of an organization's own records ({@code oms_company_address}), not of a person's. */
    private static boolean organization(String holder) {
        List<String> words = Identifiers.words(holder);
        return !PEOPLE.contains(Identifiers.last(words)) && words.stream().anyMatch(ORGANIZATIONS::contains);
    }

    /** The email or phone of a warehouse, a company or a site is a business contact, unless the name says whose it is. */
    private static boolean businessContact(List<String> words, String holder) {
        boolean ownerNamed = words.stream().anyMatch(PEOPLE::contains);
        return !ownerNamed && (BUSINESSES.contains(lastWord(holder)) || words.stream().anyMatch(BUSINESSES::contains)
                || Identifiers.words(holder).stream().anyMatch(COLLECTIVES::contains));
    }

    /**
     * A client's name held by what serves programs, not people: the CDC's {@code offset_store.client_name}, an OAuth
     * registration's {@code client_name}, a Kafka or HTTP configuration's {@code clientName} name a program.
     */
    private static boolean programsClient(List<String> words, String holder) {
        String qualifier = words.get(words.size() - 2);
        return (qualifier.equals("client") || qualifier.equals("clients"))
                && Identifiers.words(holder).stream().anyMatch(PROGRAM_HOLDERS::contains);
    }

    private static String lastWord(String name) {
        return Identifiers.last(Identifiers.words(name));
    }

    /**
     * Whether consecutive words spell {@code token}: {@code tax}+{@code id} spells taxid, {@code syntax}+{@code
     * identifier} does not.
     */
    static boolean containsWords(List<String> words, String token) {
        if (!String.join("", words).contains(token)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            StringBuilder spelled = new StringBuilder();
            for (int j = i; j < words.size() && spelled.length() < token.length(); j++) {
                spelled.append(words.get(j));
                if (spelled.toString().equals(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithWords(List<String> words, String token) {
        StringBuilder spelled = new StringBuilder();
        for (int i = words.size() - 1; i >= 0 && spelled.length() < token.length(); i--) {
            spelled.insert(0, words.get(i));
            if (spelled.toString().equals(token)) {
                return true;
            }
        }
        return false;
    }
}
