package dev.scaleprojection.ingest.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python settings classes bound to the environment through a base class of the same file: mealie's {@code class
 * AppSettings(AppLoggingSettings)} where {@code class AppLoggingSettings(BaseSettings)}; pydantic-settings reads every
 * field of both from the environment, so a field's literal is its default.
 */
final class SettingsClasses {

    private static final Pattern PYTHON_CLASS = Pattern.compile("^\\s*class\\s+\\w+\\s*\\(([^)]*)\\)");
    private static final int MAX_DEPTH = 5;

    private SettingsClasses() {
    }

    /** Whether the Python class of this header extends {@code BaseSettings} through classes declared in {@code code}. */
    static boolean boundThroughBase(String header, String code) {
        return code.contains("BaseSettings") && bound(header, code, MAX_DEPTH);
    }

    private static boolean bound(String header, String code, int depth) {
        Matcher declared = PYTHON_CLASS.matcher(header);
        if (depth == 0 || !declared.find()) {
            return false;
        }
        for (String base : declared.group(1).split(",")) {
            String name = base.strip();
            if (name.equals("BaseSettings") || name.endsWith(".BaseSettings")) {
                return true;
            }
            if (!name.matches("[A-Za-z_]\\w*")) {
                continue;
            }
            Matcher parent = Pattern.compile("(?m)^[ \\t]*class\\s+" + name + "\\s*\\([^)]*\\)").matcher(code);
            if (parent.find() && bound(parent.group(), code, depth - 1)) {
                return true;
            }
        }
        return false;
    }
}
