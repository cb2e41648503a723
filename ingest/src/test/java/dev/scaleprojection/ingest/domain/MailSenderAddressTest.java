package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address mail is sent from is the program's own, also when only the key it is given to names it a sender. */
class MailSenderAddressTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    @Test
    void reportsTheRecipientsButNotTheAddressGivenToTheFromKey() {
        SourceFile file = new SourceFile("packages/lib/jobs/send-rejection-emails.handler.ts", """
                export const run = async () => {
                  await mailer.sendMail({
                    to: { name: documentOwner.name || '', address: documentOwner.email },
                    from: DOCUMENSO_INTERNAL_EMAIL,
                    subject: 'Rejected',
                  });
                };
                """);

        assertThat(detector.detect(file)).filteredOn(finding -> finding.kind().equals("data.personal-data-egress"))
                .extracting(finding -> finding.attribute("expression"))
                .containsExactlyInAnyOrder("documentOwner.name", "documentOwner.email");
    }
}
