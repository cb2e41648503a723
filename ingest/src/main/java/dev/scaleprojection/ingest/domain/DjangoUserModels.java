package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which app's model a Django relation to {@code settings.AUTH_USER_MODEL} points at, told once per scan: the settings
 * module that sets {@code AUTH_USER_MODEL = "account.User"} says it (saleor's account, netbox's users), and only where
 * nothing sets it is it Django's own {@code auth}. A settings file says so in a finding of its own
 * ({@link #SETTING}, never published); the relations {@link OrmRelations} reports into {@code auth} are moved to the app
 * set, or dropped when that is the holder's own. Where production settings disagree, the relation stays in {@code auth}.
 */
public final class DjangoUserModels {

    /** The user model a settings module sets: read here, never published. */
    static final String SETTING = "scan.django-user-model";
    static final String DEFAULT_APP = "auth";
    private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^AUTH_USER_MODEL\\s*=");
    private static final Pattern SETTING_LINE = Pattern.compile("AUTH_USER_MODEL\\s*=\\s*(['\"])(\\w+)\\.(\\w+)\\1");

    private DjangoUserModels() {
    }

    /** Whether the relation targets the user model a settings module names. */
    static boolean isUserModelTarget(String target) {
        return target.equals("settings.AUTH_USER_MODEL") || target.equals("AUTH_USER_MODEL");
    }

    /** The setting of a Python module, if it sets the user model at its top level. */
    static Optional<Finding> setting(CodeFile file) {
        if (file.language() != Language.PYTHON) {
            return Optional.empty();
        }
        // The assignment must be code (a line of it), the value its literal.
        Matcher assignment = ASSIGNMENT.matcher(file.code());
        Matcher setting = SETTING_LINE.matcher(file.uncommented());
        if (!assignment.find() || !setting.region(assignment.start(), file.uncommented().length()).lookingAt()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("app", setting.group(2));
        attributes.put("model", setting.group(2) + "." + setting.group(3));
        return Optional.of(file.finding(SETTING, setting.start(), "AUTH_USER_MODEL", attributes));
    }

    /**
     * Whether what the file says depends on other files or theirs on it: it sets the user model or relates to it.
     * A rescan of such a file alone cannot tell where those relations point.
     */
    public static boolean dependsOnOtherFiles(SourceFile file) {
        return file.language() == Language.PYTHON && file.content().contains("AUTH_USER_MODEL");
    }

    /** The findings with every relation to the user model pointed at the app the settings name, and the settings dropped. */
    public static List<Finding> resolve(List<Finding> findings) {
        TreeSet<String> apps = new TreeSet<>();
        for (Finding finding : findings) {
            if (SETTING.equals(finding.kind())) {
                apps.add(BoundedContexts.normalize(finding.attribute("app")));
            }
        }
        if (apps.isEmpty()) {
            return findings;
        }
        String app = apps.size() == 1 ? apps.first() : DEFAULT_APP;
        List<Finding> resolved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (SETTING.equals(finding.kind())) {
                continue;
            }
            if (!CrossContextReferenceDetector.REFERENCE.equals(finding.kind()) || !isUserModelTarget(finding.attribute("target"))) {
                resolved.add(finding);
            } else if (!app.equals(finding.attribute("fromContext"))) {
                Map<String, String> attributes = new LinkedHashMap<>(finding.attributes());
                attributes.put("toContext", app);
                resolved.add(new Finding(finding.kind(), finding.source(), finding.path(), finding.startLine(),
                        finding.endLine(), finding.snippet(), finding.anchor(), attributes));
            }
        }
        return resolved;
    }
}
