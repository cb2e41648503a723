package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ASP.NET Core Identity's user: a class deriving from {@code IdentityUser} is stored in the users table with the
 * e-mail address and phone number it inherits, whether or not it declares fields of its own (jasontaylordev's
 * {@code ApplicationUser : IdentityUser {}}). Each inherited field gives {@code data.personal-data-stored} at the
 * class, store {@code ef}. A view model shaped like the user (in a view-model or DTO folder) stores nothing.
 */
final class IdentityUsers {

    private static final Pattern IDENTITY_USER = Pattern.compile("\\bclass\\s+(\\w+)\\s*(?:<[^>{]*>\\s*)?:\\s*"
            + "(?:Microsoft\\.AspNetCore\\.Identity\\.)?IdentityUser\\b");
    private static final List<String[]> INHERITED = List.of(new String[] {"Email", "email"},
            new String[] {"PhoneNumber", "phone"});
    private static final Set<String> VIEW_FOLDERS = Set.of("viewmodels", "viewmodel", "dtos", "dto");

    private IdentityUsers() {
    }

    static List<Finding> of(CodeFile file, String context) {
        List<Finding> findings = new ArrayList<>();
        if (file.language() != Language.CSHARP || !file.mentions("identityuser") || inViewFolder(file)) {
            return findings;
        }
        Matcher user = IDENTITY_USER.matcher(file.code());
        while (user.find()) {
            if (file.insideTest(user.start())) {
                continue;
            }
            for (String[] inherited : INHERITED) {
                findings.add(file.finding(PersonalDataDetector.STORED, user.start(1), user.group(1) + "." + inherited[0],
                        PersonalDataDetector.attributes(inherited[1], inherited[0], user.group(1), context, "store", "ef")));
            }
        }
        return findings;
    }

    private static boolean inViewFolder(CodeFile file) {
        return Imports.folders(file.path()).stream().anyMatch(folder -> VIEW_FOLDERS.contains(folder.toLowerCase(Locale.ROOT)));
    }
}
