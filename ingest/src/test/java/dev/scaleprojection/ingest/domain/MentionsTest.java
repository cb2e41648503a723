package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MentionsTest {

    /** Searching the lower-cased content must find in the code exactly what lower-casing the code finds. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "class Orders { String tenantId; Org org; }",
        "// tenant in a comment\nString TENANT_ID = \"tenant\";",
        "/* organisation */ String orgName = \"org\"; // org",
        "String s = \"tenan\" + tenantKey; // tenant",
        "int tenanttenant = 1; String x = \"tenant\"; int orgorg = 2;",
        "String q = \"select * from t where tenant = ?\"; var TeNaNt = q;",
        "String r = \"/tenant/\"; Pattern p = Pattern.compile(\"org\");",
        "String u = \"x\"tenantAfterAString; String v = \"tenant\"org;"
    })
    void findsTheCodesMentionsInTheLowerCasedContent(String content) {
        assertSameMentions(new SourceFile("src/main/java/shop/Orders.java", content));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "const r = /tenant/; let tenantId = 1;",
        "const t = `tenant ${orgId}`; // org",
        "let x = a / b; const orgs = /org/g.test(tenant);"
    })
    void findsTheCodesMentionsBesideRegularExpressionsAndTemplates(String content) {
        assertSameMentions(new SourceFile("web/src/orders.ts", content));
    }

    private static void assertSameMentions(SourceFile file) {
        String code = SourceLexer.lex(file).code();

        List<String> inCode = Mentions.inCode(file, code, "tenant", "org").stream().map(Arrays::toString).toList();

        assertThat(inCode).containsExactlyElementsOf(
                Mentions.of(code, "tenant", "org").stream().map(Arrays::toString).toList());
    }
}
