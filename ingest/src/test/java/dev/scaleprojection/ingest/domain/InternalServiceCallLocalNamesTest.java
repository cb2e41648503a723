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
                        """, Expected.of(SYNC_CALL, 3, "cart", "target", "cart-service", "style", "httpclient")));
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
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNothingForALocalUrlBuiltOnNoServicesBaseUrlInTheFunction(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
