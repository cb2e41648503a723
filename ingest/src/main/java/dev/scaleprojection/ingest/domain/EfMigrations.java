package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in the columns an EF Core migration adds when it is applied ({@code Up}):
 * {@code migrationBuilder.CreateTable(name: "Customer", columns: table => new { Email = table.Column<string>(…) })} and
 * {@code migrationBuilder.AddColumn<string>(name: "Email", table: "Customer")}. The migration is what the database holds,
 * wherever the mapped class lives (a {@code Model} folder with its {@code DbSet} in another file). Yes/no and numeric
 * columns say something about the data, not the data. An OAuth client's registration table (IdentityServer's {@code
 * Clients}, with {@code RequireClientSecret} and {@code ProtocolType}) names applications, not people.
 */
final class EfMigrations {

    private static final Pattern CREATE_TABLE = Pattern.compile("\\.CreateTable\\s*\\(");
    private static final Pattern ADD_COLUMN = Pattern.compile("\\.AddColumn\\s*<\\s*([\\w.?]+)\\s*>\\s*\\(");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*:\\s*\"(\\w+)\"");
    private static final Pattern TABLE = Pattern.compile("\\btable\\s*:\\s*\"(\\w+)\"");
    private static final Pattern COLUMN = Pattern.compile("\\b(\\w+)\\s*=\\s*\\w+\\.Column\\s*<\\s*([\\w.?]+)\\s*>\\s*\\(");
    /**
     * Columns only an OAuth client's registration has (IdentityServer's and Duende's {@code Clients}): its {@code
     * ClientName} is an application's name, not a person's.
     */
    private static final Pattern OAUTH_CLIENT_COLUMNS = Pattern.compile("\\b(?:RequireClientSecret|ProtocolType"
            + "|AllowedGrantTypes|RequirePkce|ClientSecrets?|RedirectUris)\\s*=\\s*\\w+\\.Column\\b");
    private static final Pattern DOWN = Pattern.compile("\\bvoid\\s+Down\\s*\\(");

    private EfMigrations() {
    }

    static boolean mayHold(CodeFile file) {
        return file.language() == Language.CSHARP && file.file().content().contains("migrationBuilder");
    }

    static List<Finding> columns(CodeFile file, String context) {
        String text = file.uncommented();
        Matcher down = DOWN.matcher(text);
        int end = down.find() ? down.start() : text.length();
        List<Finding> findings = new ArrayList<>();
        Matcher table = CREATE_TABLE.matcher(text).region(0, end);
        while (table.find()) {
            int close = Math.min(end, Calls.closing(file.code(), table.end() - 1));
            Matcher name = NAME.matcher(text).region(table.end(), close);
            if (!name.find()) {
                continue;
            }
            // an OAuth client's registration names programs: its columns are read as a registered client's
            String reader = OAUTH_CLIENT_COLUMNS.matcher(text).region(name.end(), close).find() ? "Registered" + name.group(1)
                    : name.group(1);
            Matcher column = COLUMN.matcher(text).region(name.end(), close);
            while (column.find()) {
                add(file, context, findings, column.start(), column.group(1), name.group(1), reader, column.group(2));
            }
        }
        Matcher added = ADD_COLUMN.matcher(text).region(0, end);
        while (added.find()) {
            int close = Math.min(end, Calls.closing(file.code(), added.end() - 1));
            Matcher name = NAME.matcher(text).region(added.end(), close);
            Matcher holder = TABLE.matcher(text).region(added.end(), close);
            if (name.find() && holder.find()) {
                add(file, context, findings, added.start() + 1, name.group(1), holder.group(1), holder.group(1), added.group(1));
            }
        }
        return findings;
    }

    /** {@code table} holds the column; {@code reader} is what the column's name is read as belonging to. */
    private static void add(CodeFile file, String context, List<Finding> findings, int offset, String column, String table,
                            String reader, String type) {
        if (file.insideTest(offset)) {
            return;
        }
        PersonalData.kindOf(column, reader, type.replace("?", "")).ifPresent(kind -> {
            Map<String, String> attributes = PersonalDataDetector.attributes(kind, column, table, context, "store", "ef");
            findings.add(file.finding(PersonalDataDetector.STORED, offset, table + "." + column, attributes));
        });
    }
}
