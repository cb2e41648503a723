package dev.scaleprojection.ingest.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards the assertion endpoints when a token is configured ({@code ingest.http.token}): a request must carry
 * {@code Authorization: Bearer <token>}; none is 401 (with {@code WWW-Authenticate}), another token 403. Compared in
 * constant time. Without a configured token every request passes, as on a server bound to localhost.
 */
final class BearerToken {

    static final String HEADER = "Authorization";
    private static final String SCHEME = "Bearer ";

    private final Optional<byte[]> expected;

    BearerToken(Optional<String> token) {
        this.expected = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    Handler guard(Handler handler) {
        return ctx -> {
            if (admits(ctx)) {
                handler.handle(ctx);
            }
        };
    }

    private boolean admits(Context ctx) {
        if (expected.isEmpty()) {
            return true;
        }
        String header = ctx.header(HEADER);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"scale-projection ingest\"");
            JsonAnswers.error(ctx, 401, "Assertions need 'Authorization: Bearer <token>' with the token this server is "
                    + "configured with (ingest.http.token).", HEADER);
            return false;
        }
        byte[] given = header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected.get(), given)) {
            JsonAnswers.error(ctx, 403, "The bearer token does not match the one this server is configured with.", HEADER);
            return false;
        }
        return true;
    }
}
