package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.PersonalDataDetector.STORED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The personal data a Hibernate or NHibernate mapping file stores, held by its class or the component grouping it. */
class HibernateMappingsTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    @Test
    void reportsThePersonalPropertiesOfAClassAndOfItsComponents() {
        String mapping = """
                <?xml version="1.0" encoding="utf-8" ?>
                <hibernate-mapping xmlns="urn:nhibernate-mapping-2.2" assembly="PolicyService" namespace="PolicyService.Domain">
                    <class name="PolicyVersion" table="policy_versions">
                        <id name="Id" column="id"><generator class="guid.comb"/></id>
                        <property name="VersionNumber" column="version_number"/>
                        <component name="PolicyHolder">
                            <property name="FirstName" column="holder_first_name"/>
                            <property name="Pesel" column="holder_tax_id"/>
                            <component name="Address">
                                <property name="ZipCode" column="holder_zip_code"/>
                            </component>
                        </component>
                        <!-- <property name="Email" column="email"/> -->
                        <property name="TotalPremiumAmount" column="total_premium"/>
                    </class>
                    <class name="Acme.Crm.Customer, Acme.Crm" table="customers">
                        <property name="Email">
                            <column name="email" length="200"/>
                        </property>
                    </class>
                </hibernate-mapping>
                """;

        List<Finding> findings = detector.detect(new SourceFile("PolicyService/Domain/Policy.hbm.xml", mapping));

        assertThat(findings).allMatch(finding -> finding.kind().equals(STORED))
                .extracting(f -> f.startLine() + " " + f.anchor() + " " + f.attributes().get("piiKind") + " "
                        + f.attributes().get("store"))
                .containsExactly("7 PolicyHolder.FirstName name hibernate", "8 PolicyHolder.Pesel national-id hibernate",
                        "10 Address.ZipCode address hibernate", "17 Customer.Email email hibernate");
    }

    @Test
    void readsNothingFromAnXmlFileThatIsNoMapping() {
        String layout = """
                <LinearLayout>
                    <property name="email" value="support@example.com"/>
                </LinearLayout>
                """;

        assertThat(detector.detect(new SourceFile("app/src/main/res/layout/contact.xml", layout))).isEmpty();
    }
}
