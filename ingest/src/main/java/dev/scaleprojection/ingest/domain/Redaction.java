package dev.scaleprojection.ingest.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from evidence before it leaves the scanner: user and password in URLs and DSNs, values of keys
 * that name a secret (password, token, secret, api key, …) but not code that computes one ({@code token =
 * jwtUtil.generateToken(user)}), bearer tokens and AWS access key ids.
 */
public final class Redaction {

    public static final String MASK = "***";

    /** The password runs to the last '@' before the path: a password with an '@' in it is masked whole. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?<=://)[^/@\\s:'\"`]*:[^\\s/?#'\"`]*@");
    private static final Pattern DSN_USER_INFO = Pattern.compile("(?<![\\w/])[\\w.%+-]+:[^@\\s/'\"`]*@(?=(tcp|unix)\\()");
    private static final Pattern SECRET_VALUE = Pattern.compile("(?i)([\\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key"
            + "|access[_-]?key|private[_-]?key|credentials?)[\\w.-]*[\"']?\\s*[:=]\\s*[\"']?)"
            // A parenthesis the secret opens is part of it: "yourWeak(!)Password" leaks nothing after the ')'.
            + "((?:\\([^\\s\"'&;)`]*\\)|[^\\s\"'&;,)}`])+)");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[\\w.?]+");
    /** {@code token = jwtUtil.generateToken(user, …)}: code computing a secret, which a snippet may show. */
    private static final Pattern MEMBER_CALL = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+\\(.*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern AWS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");

    private Redaction() {
    }

    /** Each pattern runs only where the words it needs are in the text: most evidence holds no credential. */
    public static String redact(String text) {
        String redacted = text;
        if (redacted.indexOf('@') >= 0) {
            if (redacted.contains("://")) {
                redacted = URL_USER_INFO.matcher(redacted).replaceAll(MASK + ":" + MASK + "@");
            }
            if (redacted.contains("@tcp(") || redacted.contains("@unix(")) {
                redacted = DSN_USER_INFO.matcher(redacted).replaceAll(MASK + ":" + MASK + "@");
            }
        }
        String lower = Mentions.asciiLowerCase(redacted);
        if (lower.contains("pass") || lower.contains("pwd") || lower.contains("secret") || lower.contains("token")
                || lower.contains("key") || lower.contains("credential")) {
            // an interpolation, "token: ${user?.email}" or password=${DB_PASSWORD}, names a value and holds none;
            // a placeholder's default (${DB_PASSWORD:hunter2}) is still masked
            // a key naming an address, accessTokenUri or token_url, holds an endpoint: only secrets inside it are masked
            redacted = SECRET_VALUE.matcher(redacted).replaceAll(match -> Matcher.quoteReplacement(
                    INTERPOLATION.matcher(match.group(2)).matches() || isCode(match) ? match.group()
                            : namesAnAddress(match.group(1)) ? match.group(1) + redact(match.group(2))
                            : match.group(1) + MASK));
            lower = Mentions.asciiLowerCase(redacted);
        }
        if (lower.contains("bearer")) {
            redacted = BEARER.matcher(redacted).replaceAll("$1" + MASK);
        }
        return redacted.contains("AKIA") || redacted.contains("ASIA") ? AWS_KEY_ID.matcher(redacted).replaceAll(MASK) : redacted;
    }

    /** Whether a key, with what follows it up to its value ({@code "token_uri": "}), names a URL or host. */
    private static boolean namesAnAddress(String keyAndSeparator) {
        int end = keyAndSeparator.length();
        while (end > 0 && !Character.isLetterOrDigit(keyAndSeparator.charAt(end - 1))) {
            end--;
        }
        String key = Mentions.asciiLowerCase(keyAndSeparator.substring(0, end));
        return key.endsWith("uri") || key.endsWith("url") || key.endsWith("endpoint") || key.endsWith("host");
    }

    /** An unquoted member call is code that computes the value, not the value: nothing to mask. */
    private static boolean isCode(java.util.regex.MatchResult match) {
        String key = match.group(1);
        return !key.endsWith("\"") && !key.endsWith("'") && MEMBER_CALL.matcher(match.group(2)).matches();
    }
}
