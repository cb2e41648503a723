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
                arguments("RestClient to a URL a builder chain made from a member of the services' URLs (nashtech-garage's yas)",
                        "order/src/main/java/com/yas/order/service/ProductService.java", """
                        class ProductService {
                            List<ProductVariationVm> getProductVariations(Long productId) {
                                final URI url = UriComponentsBuilder
                                        .fromUriString(serviceUrlConfig.product())
                                        .path("/backoffice/product-variations/{productId}")
                                        .buildAndExpand(productId)
                                        .toUri();
                                return restClient.get()
                                        .uri(url)
                                        .retrieve()
                                        .body(LIST_TYPE);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 9, "ProductService.getProductVariations", "target", "product",
                        "style", "restclient")),
                arguments("RestTemplate to a getter of the services' URLs", "src/main/java/shop/orders/Stock.java", """
                        class Stock {
                            Item item(String id) {
                                return restTemplate.getForObject(serviceUrls.getInventory() + "/items/" + id, Item.class);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Stock.item", "target", "inventory", "style", "resttemplate")),
                arguments("RestClient to a URL built inside a parenthesis left open on the line before (yas' search)",
                        "search/src/main/java/com/yas/search/service/ProductSyncDataService.java", """
                        class ProductSyncDataService {
                            ProductEsDetailVm getProductEsDetailById(Long id) {
                                final URI url = UriComponentsBuilder.fromUriString(
                                        serviceUrlConfig.media()).path("/medias/{id}").buildAndExpand(id).toUri();
                                return restClient.get().uri(url).retrieve().body(ProductEsDetailVm.class);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "ProductSyncDataService.getProductEsDetailById", "target", "media",
                        "style", "restclient")),
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
                        """, Expected.of(SYNC_CALL, 3, "CleanupCommand.deleteComment", "target", "orders")),
                arguments("a local whose fallback spells out a service's URL names that service, not its own name", "app/auth.py", """
                        def profile(token):
                            user_url = (
                                get_app_config("PROFILE_ENDPOINT")
                                or "http://accounts:8080/user"
                            )
                            return requests.get(url=user_url, timeout=5).json()
                        """, Expected.of(SYNC_CALL, 6, "profile", "target", "accounts", "style", "requests")),
                arguments("a local given a scheme and a service's address names the service (microservices-demo's chatbot)",
                        "src/frontend/handlers.go", """
                        func (fe *frontendServer) chatBotHandler(w http.ResponseWriter, r *http.Request) {
                            url := "http://" + fe.shoppingAssistantSvcAddr
                            req, err := http.NewRequest(http.MethodPost, url, r.Body)
                        }
                        """, Expected.of(SYNC_CALL, 3, "frontendServer.chatBotHandler", "target", "shopping-assistant-service")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsTheCallToTheServiceTheLocalUrlWasBuiltOn(String description, String path, String code, Expected expected) {
        // the scan's own findings (a call through a setting, resolved over the whole scan) are not published facts
        assertThat(detector.detect(new SourceFile(path, code))).filteredOn(finding -> !finding.isScanInternal()).singleElement()
                .matches(expected::matches, expected.toString());
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
                arguments("a member of settings not named for URLs names no service", "src/main/java/shop/Catalog.java", """
                        class Catalog {
                            Item item() {
                                final URI url = UriComponentsBuilder
                                        .fromUriString(properties.product())
                                        .toUri();
                                return restClient.get().uri(url).retrieve().body(Item.class);
                            }
                        }
                        """),
                arguments("a member of the URLs that names a page of a flow, not a service", "src/main/java/shop/Login.java", """
                        class Login {
                            Token token() {
                                return restClient.post().uri(redirectUrls.callback()).retrieve().body(Token.class);
                            }
                        }
                        """),
                arguments("a lambda's body a statement opened names nothing for the call after it", "src/main/java/shop/Catalog.java", """
                        class Catalog {
                            Item item() {
                                Runnable url = run(() -> {
                                    audit(serviceUrlConfig.product());
                                });
                                return restClient.get().uri(url).retrieve().body(Item.class);
                            }
                        }
                        """),
                arguments("a member of the URLs that names no service", "src/main/java/shop/Catalog.java", """
                        class Catalog {
                            Item item() {
                                URI url = UriComponentsBuilder.fromUriString(serviceUrlConfig.baseUrl()).toUri();
                                return restClient.get().uri(url).retrieve().body(Item.class);
                            }
                        }
                        """),
                arguments("a chain that ends before the service's URL is read names nothing", "src/main/java/shop/Catalog.java", """
                        class Catalog {
                            Item item() {
                                final URI url = URI.create(request.getParameter("next"));
                                audit.log(serviceUrlConfig.product());
                                return restClient.get().uri(url).retrieve().body(Item.class);
                            }
                        }
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
                        """),
                arguments("a local whose fallback spells out a public provider's URL (CTFd's OAuth user endpoint)", "CTFd/auth.py", """
                        def oauth_redirect():
                            user_url = (
                                get_app_config("OAUTH_API_ENDPOINT")
                                or get_config("oauth_api_endpoint")
                                or "https://api.majorleaguecyber.org/user"
                            )
                            api_data = requests.get(url=user_url, headers=headers, timeout=5).json()
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNothingForALocalUrlBuiltOnNoServicesBaseUrlInTheFunction(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
