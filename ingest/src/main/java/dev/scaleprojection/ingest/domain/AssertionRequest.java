package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person asserts about a component, before it is published: a waiver of one finding (by fact fingerprint or gap
 * id), or a statement the scanner cannot see. {@link #problems(long)} names every bad field; an assertion with problems
 * is refused and nothing is published.
 */
public record AssertionRequest(String componentId, String author, String reason, String kind, Optional<String> targetFingerprint,
                               Optional<String> gapId, Map<String, String> attributes, Optional<Long> expiresAt) {

    public static final String WAIVE = "waive";
    private static final Pattern COMPONENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*");
    private static final Pattern STATEMENT_KIND = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    public AssertionRequest {
        attributes = Map.copyOf(attributes);
    }

    /** Every problem with the request, each naming its field; empty when it may be published at time {@code now}. */
    public List<String> problems(long now) {
        List<String> problems = new ArrayList<>();
        if (componentId == null || !COMPONENT_ID.matcher(componentId).matches()) {
            problems.add("component: must look like org/system/component (lower case), was '" + componentId + "'");
        }
        if (author == null || author.isBlank()) {
            problems.add("author: who makes the assertion is required");
        }
        if (reason == null || reason.trim().length() < 10) {
            problems.add("reason: say why, in at least 10 characters");
        }
        if (kind == null || !STATEMENT_KIND.matcher(kind).matches()) {
            problems.add("kind: must be 'waive' or a statement kind such as tenant-isolation.repository-layer, was '" + kind + "'");
        } else if (WAIVE.equals(kind) && targetFingerprint.isEmpty() && gapId.isEmpty()) {
            problems.add("target: a waiver names the finding it waives (a fact fingerprint or a gap id)");
        } else if (!WAIVE.equals(kind) && (targetFingerprint.isPresent() || gapId.isPresent())) {
            problems.add("target: only a waiver names a finding; a statement is about the component");
        }
        expiresAt.filter(expiry -> expiry <= now).ifPresent(expiry -> problems.add("expires: must be in the future"));
        if (WAIVE.equals(kind) && expiresAt.isEmpty()) {
            problems.add("expires: a waiver must expire; give a date");
        }
        return List.copyOf(problems);
    }
}
