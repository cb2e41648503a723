package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's user: a model deriving from {@code AbstractUser} is stored in the users table with the e-mail address, first
 * and last name it inherits, whether or not it declares them (django-sspanel's {@code class User(AbstractUser)}, which
 * adds only balances and traffic). Each inherited field gives {@code data.personal-data-stored} at the class, store
 * {@code django}. {@code AbstractBaseUser} inherits no personal data, nor does the model's {@code class
 * Meta(AbstractUser.Meta)}.
 */
final class DjangoAbstractUsers {

    private static final Pattern ABSTRACT_USER = Pattern.compile("(?m)^\\s*class\\s+(\\w+)\\s*\\([^)]*"
            + "\\b(?:auth\\.models\\.|models\\.)?AbstractUser\\b(?!\\s*\\.)[^)]*\\)\\s*:");
    private static final List<String[]> INHERITED = List.of(new String[] {"email", "email"},
            new String[] {"first_name", "name"}, new String[] {"last_name", "name"});

    private DjangoAbstractUsers() {
    }

    static List<Finding> of(CodeFile file, String context) {
        if (file.language() != Language.PYTHON || !file.file().content().contains("AbstractUser")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Matcher user = ABSTRACT_USER.matcher(file.code());
        while (user.find()) {
            if (file.insideTest(user.start(1))) {
                continue;
            }
            for (String[] inherited : INHERITED) {
                findings.add(file.finding(PersonalDataDetector.STORED, user.start(1), user.group(1) + "." + inherited[0],
                        PersonalDataDetector.attributes(inherited[1], inherited[0], user.group(1), context, "store",
                                "django")));
            }
        }
        return findings;
    }
}
