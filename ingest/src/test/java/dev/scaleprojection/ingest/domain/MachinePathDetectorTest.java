package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.MachinePathDetector.MACHINE_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MachinePathDetectorTest {

    private final MachinePathDetector detector = new MachinePathDetector();

    static Stream<Arguments> machinePaths() {
        return Stream.of(
                arguments("a home folder in a Java constant", "src/main/java/shop/ReportService.java", """
                        public class ReportService {
                            private static final String EXPORT_DIR = "/home/alice/exports";
                        }
                        """, Expected.of(MACHINE_PATH, 2, "ReportService.EXPORT_DIR", "path", "/home/alice/exports",
                        "os", "unix", "location", "home")),
                arguments("an escaped Windows user folder in a method", "src/main/java/shop/Exporter.java", """
                        class Exporter {
                            void export() throws IOException {
                                Files.writeString(Path.of("C:\\\\Users\\\\bob\\\\reports\\\\out.csv"), csv());
                            }
                        }
                        """, Expected.of(MACHINE_PATH, 3, "Exporter.export", "os", "windows", "location", "home")),
                arguments("another drive in a C# verbatim string", "Shop/Exports/DailyExport.cs", """
                        public class DailyExport
                        {
                            private const string Target = @"D:\\exports\\daily";
                        }
                        """, Expected.of(MACHINE_PATH, 3, "DailyExport.Target", "path", "D:\\exports\\daily",
                        "location", "drive")),
                arguments("a macOS home folder given to sqlite", "app/store.py", """
                        def open_store():
                            return sqlite3.connect("/Users/carol/dev/shop/data.db")
                        """, Expected.of(MACHINE_PATH, 2, "open_store", "os", "macos", "location", "home")),
                arguments("a specific temporary file in Go", "internal/report/report.go", """
                        package report

                        func Write(rows []Row) error {
                        	f, err := os.Create("/tmp/orders.csv")
                        	return err
                        }
                        """, Expected.of(MACHINE_PATH, 4, "Write", "path", "/tmp/orders.csv", "location", "temp")),
                arguments("a data folder under /var in a Kotlin property", "src/main/kotlin/shop/Uploads.kt", """
                        class Uploads {
                            val uploadDir = "/var/lib/shop/uploads"
                        }
                        """, Expected.of(MACHINE_PATH, 2, "Uploads.uploadDir", "location", "volume")),
                arguments("a /data path opened as a file", "ml/predict.py", """
                        with open("/data/models/churn.pkl", "rb") as model_file:
                            model = pickle.load(model_file)
                        """, Expected.of(MACHINE_PATH, 1, "", "path", "/data/models/churn.pkl", "location", "volume")),
                arguments("a /data path in a member named like a folder", "src/main/java/shop/Archive.java", """
                        class Archive {
                            private final String archiveFolder = "/data/archive/orders";
                        }
                        """, Expected.of(MACHINE_PATH, 2, "Archive.archiveFolder", "location", "volume")),
                arguments("the default of an environment variable", "app/settings_loader.py", """
                        EXPORT_DIR = os.getenv("EXPORT_DIR", "/home/alice/exports")
                        """, Expected.of(MACHINE_PATH, 1, "EXPORT_DIR", "overriddenBy", "environment")),
                arguments("a path compared in a TypeScript condition beside a generic type", "server/storage/paths.ts", """
                        export function dataDirectory(count: number): Array<string> {
                          let dataDir = "";
                          if (count <limit) dataDir="/home/outline/data";
                          return [dataDir];
                        }
                        """, Expected.of(MACHINE_PATH, 3, "dataDirectory", "location", "home")),
                arguments("the default of a variable of the environment a module exports (outline server/env.ts)",
                        "server/env.ts", """
                        import environment from "./utils/environment";
                        export class Environment {
                          public FILE_STORAGE_LOCAL_ROOT_DIR =
                            this.toOptionalString(environment.FILE_STORAGE_LOCAL_ROOT_DIR) ??
                            "/var/lib/outline/data";
                        }
                        """, Expected.of(MACHINE_PATH, 5, "Environment.FILE_STORAGE_LOCAL_ROOT_DIR", "overriddenBy", "environment")),
                arguments("a file URL", "src/main/java/shop/Feed.java", """
                        class Feed {
                            static final String SOURCE = "file:///home/dave/feeds/in.xml";
                        }
                        """, Expected.of(MACHINE_PATH, 2, "Feed.SOURCE", "path", "/home/dave/feeds/in.xml")),
                arguments("a file URL named for a URL still names a home folder", "src/main/java/shop/Feed.java", """
                        class Feed {
                            static final String FEED_URL = "file:///home/dave/feeds/in.xml";
                        }
                        """, Expected.of(MACHINE_PATH, 2, "Feed.FEED_URL", "path", "/home/dave/feeds/in.xml")),
                arguments("a mounted key read by Node", "web/src/keys.ts", """
                        export function signingKey(): Buffer {
                          return fs.readFileSync('/mnt/shared/keys/private.pem');
                        }
                        """, Expected.of(MACHINE_PATH, 2, "signingKey", "location", "volume")),
                arguments("a network share", "Shop/Invoices/Archive.cs", """
                        public class Archive
                        {
                            private static readonly string Share = @"\\\\fileserver\\invoices\\2024";
                        }
                        """, Expected.of(MACHINE_PATH, 3, "Archive.Share", "location", "network-share", "os", "windows")),
                arguments("a network share in an escaped Java literal", "src/main/java/shop/Archive.java", """
                        class Archive {
                            static final String SHARE = "\\\\\\\\fileserver\\\\invoices";
                        }
                        """, Expected.of(MACHINE_PATH, 2, "Archive.SHARE", "location", "network-share", "os", "windows")),
                arguments("a path in a configuration holder is marked", "src/main/java/shop/StorageConfig.java", """
                        public class StorageConfig {
                            public static final String ROOT = "/mnt/storage/shop";
                        }
                        """, Expected.of(MACHINE_PATH, 2, "StorageConfig.ROOT", "holder", "config-class")),
                arguments("a path inside a shell command", "scripts_runner/backup.py", """
                        def backup():
                            subprocess.run("tar czf /srv/backups/shop.tgz /srv/shop", shell=True)
                        """, Expected.of(MACHINE_PATH, 2, "backup", "path", "/srv/backups/shop.tgz")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("machinePaths")
    void reportsAMachineSpecificPath(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
        assertThat(findings.get(0).source()).isEqualTo(Finding.SOURCE_CODE);
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("an API's path given a name that says URL (litemall-vue's api.js)", "litemall-vue/src/api/api.js", """
                        const IndexUrl= '/home/index'; //首页数据接口
                        export function getHome() {
                          return request({ url: IndexUrl, method: 'get' })
                        }
                        """),
                arguments("a route constant of a Java controller", "src/main/java/shop/web/Paths.java", """
                        class Paths {
                            static final String HOME_ROUTE = "/home/dashboard";
                        }
                        """),
                arguments("escaped regular expressions (domain-driven-hexagon .dependency-cruiser.js)", "src/rules.js", """
                        const applicationLayerPaths = ['application', '\\\\.service\\\\.ts$'];
                        const declarations = ['\\\\.d\\\\.ts$'];
                        """),
                arguments("regular expressions of a vendored highlighter, escaped once (highlight.js in a slide deck)",
                        "presentation/plugin/highlight/highlight.js", """
                        var n = {cN:"number",b:"\\\\b\\\\d+(\\\\.\\\\d+)?"}, i = {i:"\\\\W\\\\.|;"};
                        var e = {cN:"keyword",b:"\\\\bend\\\\sif\\\\b"}, s = {b:"\\\\n\\\\n"};
                        """),
                arguments("routes that start like folders", "src/main/java/shop/HomeController.java", """
                        @RestController
                        class HomeController {
                            @GetMapping("/home/dashboard")
                            String home() { return "ok"; }
                            @GetMapping(path = "/data/export")
                            String export() { return "ok"; }
                        }
                        """),
                arguments("URL paths in HTTP calls and URLs", "web/src/api.ts", """
                        const items = await fetch("/data/items");
                        const media = await axios.get('/media/list');
                        const page = "https://shop.example.com/home/alice/profile";
                        """),
                arguments("routes and links of a React UI in JSX attributes (outline app/scenes/Home.tsx)", "app/scenes/Home.tsx", """
                        export function Home() {
                          return (
                            <Tabs>
                              <Tab
                                to="/home/popular"
                                onClick={() => setHomeTab(HomeTab.Popular)}
                              >
                                {t("Popular")}
                              </Tab>
                              <Tab onClick={() => setHomeTab(HomeTab.Created)} to="/home/created" exact>Created</Tab>
                              <Route path="/home/recent">
                                <Documents />
                              </Route>
                            </Tabs>
                          );
                        }
                        """),
                arguments("Flask route with a user placeholder", "app/views.py", """
                        @app.route("/home/<user>")
                        def home(user):
                            return render_template("home.html")
                        """),
                arguments("classpath resources", "src/main/java/shop/Seed.java", """
                        class Seed {
                            InputStream seed() { return getClass().getResourceAsStream("/data/seed.json"); }
                            Resource other() { return new ClassPathResource("/data/other.json"); }
                            String cp = "classpath:/tmp/template.txt";
                        }
                        """),
                arguments("system locations", "src/main/java/shop/Sys.java", """
                        class Sys {
                            static final String NULL = "/dev/null";
                            static final String HOSTS = "/etc/hosts";
                            static final String CPU = "/proc/cpuinfo";
                            static final String PYTHON = "/usr/bin/python3";
                            static final String DOCKER = "/var/run/docker.sock";
                            static final String VAR_LIB = "/var/lib";
                        }
                        """),
                arguments("paths built from the environment", "src/main/java/shop/Paths2.java", """
                        class Paths2 {
                            String a = System.getenv("HOME") + "/tmp/cache";
                            Path b = Paths.get(System.getProperty("user.home"), "/data/models");
                            String c = "${HOME}/tmp/cache";
                        }
                        """),
                arguments("Python paths joined onto a base", "app/paths.py", """
                        a = os.path.join(os.environ["HOME"], "/tmp/cache")
                        b = f"{base}/tmp/cache"
                        c = "~/exports/today.csv"
                        """),
                arguments("bare roots and placeholders", "src/main/java/shop/Roots.java", """
                        class Roots {
                            static final String TMP = "/tmp";
                            static final String HOMES = "/home/";
                            static final String PATTERN = "/home/%s/exports";
                            static final String GLOB = "/home/*/exports";
                            static final String TEMPLATE = "/home/{user}/exports";
                            static final String PLACEHOLDER = "/home/user/exports";
                        }
                        """),
                arguments("comments and docstrings", "app/report.py", """
                        # exports go to /home/alice/exports
                        def run():
                            \"""Writes /tmp/report.csv.\"""
                            return 1
                        """),
                arguments("log and exception messages", "src/main/java/shop/Writer.java", """
                        class Writer {
                            void write() throws IOException {
                                log.info("Writing to /tmp/report.csv");
                                throw new IOException("Cannot read /home/bob/in.csv");
                            }
                        }
                        """),
                arguments("comparisons", "src/main/java/shop/Guard.java", """
                        class Guard {
                            boolean own(String p) { return p.startsWith("/home/alice"); }
                        }
                        """),
                arguments("a path in a test", "src/test/java/shop/ExporterTest.java", """
                        class ExporterTest { String out = "/tmp/test-output/report.csv"; }
                        """),
                arguments("a path in a comment of an embedded SQL script", "app/clone.py", """
                        CLONE_FUNCTION = r\"""
                        CREATE FUNCTION clone() RETURNS void AS $$
                        -- COPY sample.statuses(id, s) TO '/tmp/statuses.txt' WITH DELIMITER AS ',';
                        $$ LANGUAGE plpgsql;
                        \"""
                        """),
                arguments("an embedded database URL and other colons", "src/main/java/shop/Db.java", """
                        class Db {
                            String url = "jdbc:h2:/tmp/shopdb";
                            String time = "12:30";
                            String scheme = "http://orders/";
                            String drive = "C:";
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNoMachinePath(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a drive path                          | String p = \"D:/exports/daily\";        | true",
        "a drive path after a colon at the start | :x String p = \"D:/exports/daily\";   | true",
        "a colon at the start and nothing else | :x = 1                                  | false",
        "a URL                                 | String u = \"http://orders/\";          | false"})
    void aFileIsLookedAtCloselyWhereverADrivePathStands(String description, String content, boolean expected) {
        assertThat(MachinePaths.mayHold(new SourceFile("src/main/java/shop/Paths.java", content))).isEqualTo(expected);
    }
}
