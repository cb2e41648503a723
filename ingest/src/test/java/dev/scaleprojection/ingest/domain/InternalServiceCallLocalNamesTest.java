package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.InternalServiceCallDetector.SYNC_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A local name the calling function gave a URL built on a service's base URL first names that service. */
class InternalServiceCallLocalNamesTest {

    private final InternalServiceCallDetector detector = new InternalServiceCallDetector();

    static Stream<Arguments> calls() {
        return Stream.of(
                arguments("requests to a URL the function built on a base URL first (bank-of-anthos' frontend)", "frontend/frontend.py", """
                        def add_contact():
                            url = '{}/{}'.format(app.config["CONTACTS_URI"], token_data['user'])
                            resp = requests.post(url=url, json=contact, headers=hed, timeout=app.config['BACKEND_TIMEOUT'])
                        """, Expected.of(SYNC_CALL, 3, "add_contact", "target", "contacts", "style", "requests")),
                arguments("Go's http.Get of a URL the function built on a service's base URL first", "web/cart.go", """
                        func cart(id string) (*http.Response, error) {
                            url := fmt.Sprintf("%s/carts/%s", cartServiceURL, id)
                            return http.Get(url)
                        }
                        """, Expected.of(SYNC_CALL, 3, "cart", "target", "cart-service", "style", "httpclient")),
                arguments("a local named for an endpoint built on a service's base URL calls that service (remark42's backup)",
                        "app/cmd/backup.go", """
                        func (ec *BackupCommand) Execute() error {
                            exportURL := fmt.Sprintf("%s/api/v1/admin/export?site=%s", ec.OrdersURL, ec.Site)
                            req, err := http.NewRequest(http.MethodGet, exportURL, http.NoBody)
                            return err
                        }
                        """, Expected.of(SYNC_CALL, 3, "BackupCommand.Execute", "target", "orders", "style", "httpclient")),
                arguments("a Python local built by concatenation on a service's base URL", "app/jobs.py", """
                        def sync_user(user_id):
                            delete_url = USERS_SERVICE_URL + "/users/" + user_id
                            return requests.delete(delete_url, timeout=5)
                        """, Expected.of(SYNC_CALL, 3, "sync_user", "target", "users-service", "style", "requests")),
                arguments("only the base of an endpoint built on it names the service, not the URL a query carries", "app/cmd/cleanup.go", """
                        func (cc *CleanupCommand) deleteComment(c Comment) error {
                            deleteURL := fmt.Sprintf("%s/api/v1/admin/comment/%s?url=%s", cc.OrdersURL, c.ID, c.Locator.URL)
                            req, err := http.NewRequest("DELETE", deleteURL, http.NoBody)
                            return err
                        }
                        """, Expected.of(SYNC_CALL, 3, "CleanupCommand.deleteComment", "target", "orders")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsTheCallToTheServiceTheLocalUrlWasBuiltOn(String description, String path, String code, Expected expected) {
        assertThat(detector.detect(new SourceFile(path, code))).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a URL another function built names nothing here", "frontend/frontend.py", """
                        def contacts_url():
                            url = '{}/{}'.format(app.config["CONTACTS_URI"], user)
                            return url

                        def redirect_back(redirect_uri):
                            url = redirect_uri
                            requests.post(url=url, timeout=5)
                        """),
                arguments("a URL the function took from the request names no service", "frontend/frontend.py", """
                        def consent():
                            url = request.args.get('redirect_uri')
                            return requests.post(url=url, timeout=5)
                        """),
                arguments("a local named for an endpoint built on a base URL that names no service", "app/cmd/cleanup.go", """
                        func (cc *CleanupCommand) deleteComment(id string) error {
                            deleteURL := fmt.Sprintf("%s/api/v1/admin/comment/%s", cc.BaseURL, id)
                            req, err := http.NewRequest("DELETE", deleteURL, http.NoBody)
                            return err
                        }
                        """),
                arguments("a request to the endpoint of a transport's private options (documenso's mailchannels)",
                        "packages/email/transports/mailchannels.ts", """
                        export class MailChannelsTransport {
                          async send(mail: Mail) {
                            const response = await fetch(this._options.endpoint, { method: 'POST', body: mail.body });
                            return response;
                          }
                        }
                        """),
                arguments("an image proxy's request to the image URL it was given (remark42)", "app/rest/proxy/image.go", """
                        func (p Image) downloadImage(ctx context.Context, imgURL string) ([]byte, error) {
                            req, e := http.NewRequest("GET", imgURL, http.NoBody)
                            return nil, e
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNothingForALocalUrlBuiltOnNoServicesBaseUrlInTheFunction(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
