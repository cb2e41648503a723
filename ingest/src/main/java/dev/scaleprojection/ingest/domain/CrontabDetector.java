package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crontab ({@code crontab}, {@code *.crontab}, {@code *.cron}, files in {@code cron.d/} or {@code crontabs/}) gives
 * one {@code orchestration.cron} per schedule line: the five-field or {@code @daily}-style schedule and the command,
 * redacted; in system crontabs ({@code cron.d/}, {@code etc/crontab}) the sixth field is the user. Comments and
 * variable assignments are not schedules.
 */
public final class CrontabDetector implements Detector {

    private static final Pattern CRONTAB_NAME = Pattern.compile("(?i)crontab(\\.[\\w-]+)?|.+\\.(crontab|cron)");
    private static final Pattern CRONTAB_FOLDER = Pattern.compile("(?i)(.*/)?(cron\\.d|crontabs)/[^/]+");
    private static final Pattern SYSTEM_CRONTAB = Pattern.compile("(?i)(.*/)?(cron\\.d/[^/]+|etc/crontab)");
    private static final Pattern FIVE_FIELDS = Pattern.compile(
            "^\\s*([\\d*/,-]+)\\s+([\\d*/,-]+)\\s+([\\d*/,?LW-]+)\\s+([\\d*/,A-Za-z-]+)\\s+([\\d*/,A-Za-z?L#-]+)\\s+(\\S.*)$");
    private static final Pattern NICKNAME = Pattern.compile(
            "^\\s*(@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly))\\s+(\\S.*)$");
    private static final int MAX_ANCHOR = 120;

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT);
    }

    public static boolean isCrontab(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return CRONTAB_NAME.matcher(name).matches() || CRONTAB_FOLDER.matcher(path).matches();
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.DEPLOYMENT || !isCrontab(file.path())) {
            return List.of();
        }
        boolean withUser = SYSTEM_CRONTAB.matcher(file.path()).matches();
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        for (int number = 1; number <= lines.lineCount(); number++) {
            String line = lines.line(number);
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher fields = FIVE_FIELDS.matcher(line);
            Matcher nickname = NICKNAME.matcher(line);
            if (fields.matches()) {
                String schedule = String.join(" ", fields.group(1), fields.group(2), fields.group(3), fields.group(4), fields.group(5));
                findings.add(schedule(file, lines, number, schedule, fields.group(6), withUser));
            } else if (nickname.matches()) {
                findings.add(schedule(file, lines, number, nickname.group(1).toLowerCase(Locale.ROOT), nickname.group(2), withUser));
            }
        }
        return List.copyOf(findings);
    }

    private static Finding schedule(SourceFile file, LexedSource lines, int line, String schedule, String rest, boolean withUser) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("source", "crontab");
        attributes.put("schedule", schedule);
        String command = rest.strip();
        if (withUser && command.contains(" ")) {
            attributes.put("user", command.substring(0, command.indexOf(' ')));
            command = command.substring(command.indexOf(' ') + 1).strip();
        }
        String redacted = Snippets.of(command);
        attributes.put("command", redacted);
        String anchor = "crontab[" + (redacted.length() > MAX_ANCHOR ? redacted.substring(0, MAX_ANCHOR) : redacted) + "]";
        return new Finding(DescriptorFactKinds.CRON, Finding.DEPLOYMENT_DESCRIPTOR, file.path(), line, line,
                Snippets.lines(lines, line, line), anchor, attributes);
    }
}
