package dev.scaleprojection.ingest.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The channel a call sends its arguments through, read from the method's name and the receiver's words: a log
 * statement ({@code log}), a published event or message ({@code event}), a request to another service ({@code http}),
 * an analytics SDK ({@code analytics}) or a mail service ({@code mail}: {@code send_email(…, recipients=[user.email])});
 * {@link PersonalDataFlows} reads what is sent.
 */
final class EgressChannels {

    static final String LOG = "log";
    static final String EVENT = "event";
    static final String HTTP = "http";
    static final String ANALYTICS = "analytics";
    static final String MAIL = "mail";

    private static final Pattern LOGGER = Pattern.compile("(?i)_*(log|logger|logging|console|slog|zap|sugar|logrus|log4j|lg"
            + "|\\w*logger|\\w*log)|System\\.(out|err)|fmt");
    static final Set<String> LOG_METHODS = Set.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
            "critical", "exception", "log", "verbose", "notice", "Printf", "Println", "Print", "Infof", "Debugf", "Warnf",
            "Errorf", "Fatalf", "Infow", "Debugw", "Warnw", "Errorw", "Info", "Debug", "Warn", "Error", "Fatal",
            "LogInformation", "LogWarning", "LogError", "LogDebug", "LogTrace", "LogCritical", "Information", "Warning",
            "Verbose", "println", "printf", "print", "tracef", "debugf", "infof", "warnf", "errorf");
    private static final Set<String> PUBLISH_METHODS = Set.of("send", "sendAsync", "sendDefault", "sendMessage",
            "sendMessages", "send_message", "publish", "publishEvent", "publishAsync", "publish_message", "emit", "produce",
            "produceAsync", "convertAndSend", "convert_and_send", "basic_publish", "basicPublish", "Publish", "PublishAsync",
            "Send", "SendAsync", "SendMessageAsync", "ProduceAsync", "Produce", "putRecord", "put_record", "putRecords",
            "sendToQueue", "publishMessage", "SendMessage", "PublishMessage", "Emit");
    private static final Set<String> PUBLISHERS = Set.of("kafka", "template", "producer", "publisher", "bus", "broker", "rabbit",
            "amqp", "sns", "sqs", "queue", "topic", "channel", "bridge", "emitter", "outbox", "nats", "pubsub", "eventhub",
            "servicebus", "kinesis", "events", "event", "jms", "pulsar", "mq", "dapr", "sender", "stream", "streams");
    private static final Set<String> NOT_PUBLISHERS = Set.of("mail", "email", "sms", "rest", "http", "web", "response", "res",
            "socket", "io", "ws", "websocket", "window", "parent", "process", "worker", "port", "client", "reply");
    private static final Set<String> HTTP_METHODS = Set.of("post", "put", "patch", "postForObject", "postForEntity",
            "postForLocation", "exchange", "bodyValue", "body", "syncBody", "PostAsJsonAsync", "PutAsJsonAsync",
            "PatchAsJsonAsync", "PostAsync", "PutAsync", "Post", "Put", "Patch", "request", "fetch", "get", "getForObject",
            "getForEntity", "GetAsync", "GetFromJsonAsync");
    private static final Set<String> HTTP_CLIENTS = Set.of("rest", "template", "web", "client", "http", "requests", "httpx",
            "session", "axios", "api", "got", "superagent", "request", "ky", "aiohttp", "urllib3", "resty", "feign");
    private static final Set<String> ANALYTICS_SDKS = Set.of("analytics", "mixpanel", "posthog", "segment", "amplitude",
            "sentry", "heap", "intercom", "hubspot", "braze", "newrelic", "datadog", "rum", "klaviyo", "customerio", "gtag");
    private static final Set<String> ANALYTICS_METHODS = Set.of("identify", "track", "capture", "setUser", "setContext",
            "setExtra", "page", "alias", "group", "set", "register", "logEvent", "trackEvent", "gtag", "addBreadcrumb");
    /** Calls that send an e-mail whatever their receiver: flask-mail's and Django's helpers, nodemailer, .NET's senders. */
    private static final Set<String> MAIL_METHODS = Set.of("send_email", "send_mail", "send_mass_mail", "sendMail",
            "sendEmail", "SendEmail", "SendMail", "SendEmailAsync", "SendMailAsync", "send_email_async", "sendTemplatedEmail");
    /** A receiver that sends e-mail by a generic name ({@code mailer.send(…)}, {@code smtpClient.SendAsync(…)}). */
    private static final Set<String> MAILERS = Set.of("mail", "email", "mailer", "smtp", "sendgrid", "mailgun", "postmark",
            "ses", "mailjet", "sparkpost");
    /** Every name a call must have to be looked at all. */
    static final CallNames CALLED = CallNames.of(union(LOG_METHODS, PUBLISH_METHODS, HTTP_METHODS, ANALYTICS_METHODS,
            MAIL_METHODS));

    /** An argument, positional or named, that is a string literal. */
    private static final Pattern MESSAGE_ARGUMENT = Pattern.compile("(?:^|,)\\s*(?:\\w+\\s*=\\s*)?[fbrFBR]?[\"'`]");
    private static final Set<String> SENDER_WORDS = Set.of("from", "sender", "reply", "noreply");
    /** Words a call may follow; any other word before a mail method's name makes it a declaration's type or keyword. */
    private static final Set<String> BEFORE_CALLS = Set.of("return", "await", "yield", "else", "new", "throw", "in", "of",
            "and", "or", "not", "do", "then", "go", "defer", "lambda", "case", "is", "as", "if", "elif", "while", "when");

    private EgressChannels() {
    }

    /** {@code from_email}, {@code senderAddress}, {@code reply_to}: the address mail is sent from is the program's own. */
    static boolean namesSender(String field) {
        return Identifiers.words(field).stream().anyMatch(SENDER_WORDS::contains);
    }

    /**
     * {@code public Task SendEmailAsync(string email, …)}, {@code def send_email(subject, recipients)}: a mail method's own
     * declaration names its parameters, it sends nothing.
     */
    static boolean declares(String code, Calls.Call call) {
        if (!call.receiver().isEmpty()) {
            return false;
        }
        int end = call.nameStart();
        while (end > 0 && (code.charAt(end - 1) == ' ' || code.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == 0 || end == call.nameStart()) {
            return false;
        }
        char before = code.charAt(end - 1);
        if (before == '>' || before == ']' || before == '?') {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return start < end && !BEFORE_CALLS.contains(code.substring(start, end));
    }

    /**
     * A bare {@code log(…)} given a message is the project's own log helper (CTFd's {@code log("registrations",
     * format="…", name=user.name)}); {@code log(x)} given no text is a logarithm, {@code def log(…)} a declaration.
     */
    static Optional<String> bareLog(String code, Calls.Call call) {
        if (!call.name().equals("log") || !call.receiver().isEmpty() || declares(code, call)) {
            return Optional.empty();
        }
        String arguments = code.substring(call.open() + 1, Math.min(code.length(), call.close()));
        return MESSAGE_ARGUMENT.matcher(arguments).find() ? Optional.of(LOG) : Optional.empty();
    }

    /** The receiver's words are read only for a name that some channel other than logging is called by. */
    static Optional<String> channel(Calls.Call call) {
        String name = call.name();
        String receiverName = call.receiverName();
        if (LOG_METHODS.contains(name) && (isLogger(receiverName) || isLogger(call.receiver()))) {
            return Optional.of(LOG);
        }
        if (MAIL_METHODS.contains(name)) {
            return Optional.of(MAIL);
        }
        boolean publish = PUBLISH_METHODS.contains(name);
        boolean analytics = ANALYTICS_METHODS.contains(name);
        boolean http = HTTP_METHODS.contains(name);
        if (!publish && !analytics && !http) {
            return Optional.empty();
        }
        List<String> receiver = Identifiers.words(receiverName);
        if (publish && receiver.stream().anyMatch(MAILERS::contains)) {
            return Optional.of(MAIL);
        }
        if (publish && receiver.stream().anyMatch(PUBLISHERS::contains)
                && receiver.stream().noneMatch(NOT_PUBLISHERS::contains)) {
            return Optional.of(EVENT);
        }
        if (analytics && receiver.stream().anyMatch(ANALYTICS_SDKS::contains) || name.equals("gtag")) {
            return Optional.of(ANALYTICS);
        }
        // the receiver is a client by its last word (restTemplate, webClient, self.session), not a map of clients' ids
        boolean httpClient = call.receiver().isEmpty() ? name.equals("fetch")
                : !receiver.isEmpty() && (HTTP_CLIENTS.contains(Identifiers.last(receiver))
                || receiver.get(0).equals("http") && Identifiers.last(receiver).equals("service"));
        return http && httpClient ? Optional.of(HTTP) : Optional.empty();
    }

    /** {@code LOGGER}: its commonest names, {@code log} and {@code logger} in any ASCII case after '_'s, told without it. */
    private static boolean isLogger(String receiver) {
        int start = 0;
        while (start < receiver.length() && receiver.charAt(start) == '_') {
            start++;
        }
        int length = receiver.length() - start;
        return length == 3 && AsciiText.startsWithIgnoreCase(receiver, start, "log")
                || length == 6 && AsciiText.startsWithIgnoreCase(receiver, start, "logger")
                || LOGGER.matcher(receiver).matches();
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }


    /**
     * Whether a request goes to a path of the page's own origin, {@code client.post("/shares.subscribe", { email })}
     * (outline's browser app): the app's own backend, where the data already is, not another context.
     */
    static boolean sameOrigin(CodeFile file, Calls.Call call) {
        String code = file.code();
        int first = call.open() + 1;
        while (first < code.length() && Character.isWhitespace(code.charAt(first))) {
            first++;
        }
        return file.source().literalAt(first).map(StringLiteral::value)
                .filter(url -> url.startsWith("/") && !url.startsWith("//")).isPresent();
    }
}
