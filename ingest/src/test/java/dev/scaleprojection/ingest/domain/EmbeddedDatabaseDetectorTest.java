package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.EmbeddedDatabaseDetector.DEVELOPMENT_DATABASE;
import static dev.scaleprojection.ingest.domain.EmbeddedDatabaseDetector.EMBEDDED_DATABASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmbeddedDatabaseDetectorTest {

    private final EmbeddedDatabaseDetector detector = new EmbeddedDatabaseDetector(new SnakeYamlParser());

    static Stream<Arguments> embedded() {
        return Stream.of(
                arguments("H2 in memory in Java", "src/main/java/shop/Db.java", """
                        class Db {
                            static final String URL = "jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1";
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 2, "Db.URL", "engine", "h2", "mode", "memory")),
                arguments("H2 file", "src/main/java/shop/Db.java", """
                        class Db { String url = "jdbc:h2:file:./data/orders"; }
                        """, Expected.of(EMBEDDED_DATABASE, 1, "Db.url", "engine", "h2", "mode", "file")),
                arguments("HSQLDB in memory", "src/main/java/shop/Db.java", """
                        class Db { String url = "jdbc:hsqldb:mem:shop"; }
                        """, Expected.of(EMBEDDED_DATABASE, 1, "Db.url", "engine", "hsqldb", "mode", "memory")),
                arguments("Derby embedded", "src/main/java/shop/Db.java", """
                        class Db { String url = "jdbc:derby:shopdb;create=true"; }
                        """, Expected.of(EMBEDDED_DATABASE, 1, "Db.url", "engine", "derby", "mode", "file")),
                arguments("SQLite JDBC", "src/main/java/shop/Db.java", """
                        class Db { String url = "jdbc:sqlite:shop.db"; }
                        """, Expected.of(EMBEDDED_DATABASE, 1, "Db.url", "engine", "sqlite", "mode", "file")),
                arguments("Python sqlite3.connect in memory", "app/store.py", """
                        import sqlite3

                        def open_store():
                            return sqlite3.connect(":memory:")
                        """, Expected.of(EMBEDDED_DATABASE, 4, "open_store", "engine", "sqlite", "mode", "memory")),
                arguments("Python SQLAlchemy sqlite URL", "app/db.py", """
                        engine = create_engine("sqlite:///./app.db")
                        """, Expected.of(EMBEDDED_DATABASE, 1, "engine", "engine", "sqlite", "mode", "file")),
                arguments("a SQLite URL that code joins a file path to is a file (microblog's config)", "config.py", """
                        class Config:
                            SQLALCHEMY_DATABASE_URI = os.environ.get('DATABASE_URL', '') or \\
                                'sqlite:///' + os.path.join(basedir, 'app.db')
                        """, Expected.of(EMBEDDED_DATABASE, 3, "Config.SQLALCHEMY_DATABASE_URI", "engine", "sqlite", "mode", "file",
                        "overriddenBy", "environment")),
                arguments("a SQLite file used when the environment names no database", "app/db.py", """
                        DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./app.db")
                        """, Expected.of(EMBEDDED_DATABASE, 1, "DATABASE_URL", "engine", "sqlite", "mode", "file",
                        "overriddenBy", "environment")),
                arguments("an H2 file used in the else branch when the configuration names no database host (kotlinconf's server)",
                        "backend/src/main/kotlin/app/Repository.kt", """
                        class Repository(config: ApplicationConfig) {
                            init {
                                val dbConfig = config.config("database")
                                val dbHost = dbConfig.getOrNull("host")
                                if (dbHost?.isNotBlank() == true) {
                                    hikariConfig.apply {
                                        driverClassName = "org.postgresql.Driver"
                                        jdbcUrl = "jdbc:postgresql://$dbHost/app"
                                    }
                                } else {
                                    log.info("Host not found, using fallback")
                                    hikariConfig.jdbcUrl = "jdbc:h2:file:./app;MODE=PostgreSQL"
                                }
                            }
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 12, "Repository.jdbcUrl", "engine", "h2", "mode", "file",
                        "overriddenBy", "configuration")),
                arguments("a SQLite JDBC prefix that code joins a file name to is a file", "src/main/java/shop/Db.java", """
                        class Db { String url = "jdbc:sqlite:" + dataFile; }
                        """, Expected.of(EMBEDDED_DATABASE, 1, "Db.url", "engine", "sqlite", "mode", "file")),
                arguments("a bare SQLite URL with nothing joined is in memory", "app/db.py", """
                        engine = create_engine("sqlite://")
                        """, Expected.of(EMBEDDED_DATABASE, 1, "engine", "engine", "sqlite", "mode", "memory")),
                arguments("Go sql.Open with the sqlite3 driver", "internal/db/db.go", """
                        package db

                        func Open() (*sql.DB, error) {
                        	return sql.Open("sqlite3", "./app.db")
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 4, "Open", "engine", "sqlite", "mode", "file")),
                arguments("Go gorm's first version opened with the sqlite3 dialect (golang-gin-realworld)", "common/database.go", """
                        package common

                        func Init() *gorm.DB {
                        	db, err := gorm.Open("sqlite3", "./../gorm.db")
                        	return db
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 4, "Init", "engine", "sqlite", "mode", "file")),
                arguments("Go xorm's engine on sqlite3", "store/engine.go", """
                        package store

                        func NewStore() (*xorm.Engine, error) {
                        	return xorm.NewEngine("sqlite3", "./data.db")
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 4, "NewStore", "engine", "sqlite", "mode", "file")),
                arguments("a lowdb JSON file as the backend's database (cypress-realworld-app)", "backend/database.ts", """
                        import low from "lowdb";
                        import FileSync from "lowdb/adapters/FileSync";

                        const adapter = new FileSync<DbSchema>(databaseFile);
                        const db = low(adapter);
                        """, Expected.of(EMBEDDED_DATABASE, 4, "", "engine", "lowdb", "mode", "file")),
                arguments("C# SQLite data source", "Api/Startup.cs", """
                        public class Startup
                        {
                            public void Configure() { options.UseSqlite("Data Source=shop.db"); }
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 3, "Startup.Configure", "engine", "sqlite", "mode", "file")),
                arguments("H2 in application.properties", "src/main/resources/application.properties", """
                        spring.datasource.url=jdbc:h2:mem:orders
                        spring.datasource.driver-class-name=org.h2.Driver
                        """, Expected.of(EMBEDDED_DATABASE, 1, "spring.datasource.url", "engine", "h2", "mode", "memory")),
                arguments("Spring's EmbeddedDatabaseBuilder with H2 as the primary DataSource",
                        "src/main/java/library/lending/LendingDatabaseConfig.java", """
                        class LendingDatabaseConfig {
                            @Bean
                            DataSource dataSource() {
                                return new EmbeddedDatabaseBuilder()
                                        .generateUniqueName(true)
                                        .setType(EmbeddedDatabaseType.H2)
                                        .addScript("create_patron_db.sql")
                                        .build();
                            }
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 6, "LendingDatabaseConfig.dataSource", "engine", "h2",
                        "mode", "memory")),
                arguments("Spring's EmbeddedDatabaseBuilder defaults to HSQLDB", "src/main/kotlin/shop/DbConfig.kt", """
                        class DbConfig {
                            fun dataSource(): DataSource {
                                return EmbeddedDatabaseBuilder().addScript("schema.sql").build()
                            }
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 3, "DbConfig.dataSource", "engine", "hsqldb", "mode", "memory")),
                arguments("H2 on the compile classpath of a Maven build (ddd-by-examples/library)", "pom.xml", """
                        <project>
                          <dependencies>
                            <dependency>
                              <groupId>com.h2database</groupId>
                              <artifactId>h2</artifactId>
                              <version>1.4.197</version>
                            </dependency>
                          </dependencies>
                        </project>
                        """, Expected.of(EMBEDDED_DATABASE, 5, "com.h2database:h2", "engine", "h2", "mode", "memory")),
                arguments("HSQLDB at runtime scope (spring-petclinic-microservices)", "customers-service/pom.xml", """
                        <project>
                          <dependencies>
                            <dependency>
                              <groupId>org.hsqldb</groupId>
                              <artifactId>hsqldb</artifactId>
                              <scope>runtime</scope>
                            </dependency>
                          </dependencies>
                        </project>
                        """, Expected.of(EMBEDDED_DATABASE, 5, "org.hsqldb:hsqldb", "engine", "hsqldb", "mode", "memory")),
                arguments("H2 runtimeOnly in Gradle (spring-petclinic)", "build.gradle", """
                        dependencies {
                          implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
                          runtimeOnly 'com.h2database:h2'
                          testImplementation 'org.springframework.boot:spring-boot-starter-test'
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 3, "com.h2database:h2", "engine", "h2", "mode", "memory")),
                arguments("SQLite in the Gradle Kotlin DSL", "app/build.gradle.kts", """
                        dependencies {
                            implementation("org.xerial:sqlite-jdbc:3.45.1.0")
                        }
                        """, Expected.of(EMBEDDED_DATABASE, 2, "org.xerial:sqlite-jdbc", "engine", "sqlite", "mode", "file")),
                arguments("only a driver class", "src/main/resources/application.yml", """
                        spring:
                          datasource:
                            driver-class-name: org.sqlite.JDBC
                        """, Expected.of(EMBEDDED_DATABASE, 3, "spring.datasource.driver-class-name", "engine", "sqlite",
                        "mode", "unspecified")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("embedded")
    void reportsADatabaseInsideTheProcess(String description, String path, String content, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> developmentOnly() {
        return Stream.of(
                arguments("H2 in Spring's dev profile (jhipster-sample-app's application-dev.yml)",
                        "src/main/resources/config/application-dev.yml", """
                        spring:
                          datasource:
                            url: jdbc:h2:mem:jhipsterSampleApplication;DB_CLOSE_DELAY=-1
                        """, Expected.of(DEVELOPMENT_DATABASE, 3, "spring.datasource.url", "engine", "h2")),
                arguments("H2 in Spring's local profile, as properties", "src/main/resources/application-local.properties", """
                        spring.datasource.url=jdbc:h2:mem:orders
                        """, Expected.of(DEVELOPMENT_DATABASE, 1, "spring.datasource.url", "engine", "h2")),
                arguments("SQLite in ASP.NET's development settings", "src/Api/appsettings.Development.json", """
                        { "ConnectionStrings": { "Db": "Data Source=shop.db" } }
                        """, Expected.of(DEVELOPMENT_DATABASE, 1, "ConnectionStrings.Db", "engine", "sqlite")),
                arguments("SQLite in a dotenv file for development", "api/.env.development", """
                        DATABASE_URL=sqlite:///./dev.db
                        """, Expected.of(DEVELOPMENT_DATABASE, 1, "DATABASE_URL", "engine", "sqlite")),
                arguments("SQLite in a Django settings module for development", "shop/settings/dev.py", """
                        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "sqlite:///db.sqlite3"}}
                        """, Expected.of(DEVELOPMENT_DATABASE, 1, "DATABASES", "engine", "sqlite")),
                arguments("H2 in the Maven dev profile (jhipster-sample-app's pom.xml)", "pom.xml", """
                        <project>
                          <profiles>
                            <profile>
                              <id>dev</id>
                              <activation><activeByDefault>true</activeByDefault></activation>
                              <dependencies>
                                <dependency>
                                  <groupId>com.h2database</groupId>
                                  <artifactId>h2</artifactId>
                                </dependency>
                              </dependencies>
                            </profile>
                          </profiles>
                        </project>
                        """, Expected.of(DEVELOPMENT_DATABASE, 9, "com.h2database:h2", "engine", "h2")),
                arguments("H2 as Spring Boot's developmentOnly in Gradle", "build.gradle", """
                        dependencies {
                            developmentOnly 'com.h2database:h2'
                        }
                        """, Expected.of(DEVELOPMENT_DATABASE, 2, "com.h2database:h2", "engine", "h2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("developmentOnly")
    void reportsADatabaseThatOnlyADevelopmentProfileReadsAsForDevelopment(String description, String path, String content, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> notDevelopmentOnly() {
        return Stream.of(
                arguments("H2 in the default settings (spring-petclinic)", "src/main/resources/application.properties", """
                        spring.datasource.url=jdbc:h2:mem:petclinic
                        """),
                arguments("H2 in the prod profile", "src/main/resources/application-prod.yml", """
                        spring:
                          datasource:
                            url: jdbc:h2:file:./data/shop
                        """),
                arguments("SQLite in the production settings of ASP.NET", "src/Api/appsettings.json", """
                        { "ConnectionStrings": { "Db": "Data Source=shop.db" } }
                        """),
                arguments("a file named dev.py outside a settings package", "tools/dev.py", """
                        import sqlite3
                        conn = sqlite3.connect("tools.db")
                        """),
                arguments("H2 in a Maven profile that is not for development", "pom.xml", """
                        <project>
                          <profiles>
                            <profile>
                              <id>demo</id>
                              <dependencies>
                                <dependency>
                                  <groupId>com.h2database</groupId>
                                  <artifactId>h2</artifactId>
                                </dependency>
                              </dependencies>
                            </profile>
                          </profiles>
                        </project>
                        """),
                arguments("H2 after a dev profile has closed", "pom.xml", """
                        <project>
                          <profiles>
                            <profile>
                              <id>dev</id>
                            </profile>
                          </profiles>
                          <dependencies>
                            <dependency>
                              <groupId>com.h2database</groupId>
                              <artifactId>h2</artifactId>
                            </dependency>
                          </dependencies>
                        </project>
                        """),
                arguments("H2 at runtime in Gradle", "build.gradle", """
                        dependencies {
                            runtimeOnly 'com.h2database:h2'
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDevelopmentOnly")
    void leavesUnmarkedWhatTheDeployedComponentReads(String description, String path, String content) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).singleElement().matches(f -> f.kind().equals(EMBEDDED_DATABASE), EMBEDDED_DATABASE);
    }

    static Stream<Arguments> notEmbedded() {
        return Stream.of(
                arguments("H2 in test code", "src/test/java/shop/DbTest.java", """
                        class DbTest { String url = "jdbc:h2:mem:test"; }
                        """),
                arguments("H2 in test configuration", "src/test/resources/application.yml", """
                        spring.datasource.url: jdbc:h2:mem:orders
                        """),
                arguments("an H2 server is a network endpoint", "src/main/java/shop/Db.java", """
                        class Db { String url = "jdbc:h2:tcp://h2.internal/~/orders"; }
                        """),
                arguments("gorm opened on postgres, and a function of the same file that opens a test database", "common/database.go", """
                        package common

                        func Init() *gorm.DB {
                        	db, _ := gorm.Open("postgres", os.Getenv("DATABASE_URL"))
                        	return db
                        }

                        func TestDBInit() *gorm.DB {
                        	db, _ := gorm.Open("sqlite3", "./../gorm_test.db")
                        	return db
                        }
                        """),
                arguments("a URL in a comment", "src/main/java/shop/Db.java", """
                        class Db { /* jdbc:h2:mem:x */ int x; }
                        """),
                arguments("Spring's EmbeddedDatabaseBuilder in test code", "src/test/java/shop/DbTest.java", """
                        class DbTest {
                            DataSource db = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).build();
                        }
                        """),
                arguments("an EmbeddedDatabaseType only in a comment", "src/main/java/shop/Db.java", """
                        class Db {
                            // new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2) was replaced by PostgreSQL
                            DataSource db;
                        }
                        """),
                arguments("H2 at test scope in Maven", "pom.xml", """
                        <project>
                          <dependencies>
                            <dependency>
                              <groupId>com.h2database</groupId>
                              <artifactId>h2</artifactId>
                              <scope>test</scope>
                            </dependency>
                          </dependencies>
                        </project>
                        """),
                arguments("H2 for tests in Gradle", "build.gradle", """
                        dependencies {
                          testImplementation 'com.h2database:h2'
                          testRuntimeOnly("org.hsqldb:hsqldb")
                        }
                        """),
                arguments("H2 given to a Maven plugin (jhipster-sample-app's liquibase-maven-plugin)", "pom.xml", """
                        <project>
                          <build>
                            <plugins>
                              <plugin>
                                <groupId>org.liquibase</groupId>
                                <artifactId>liquibase-maven-plugin</artifactId>
                                <dependencies>
                                  <dependency>
                                    <groupId>com.h2database</groupId>
                                    <artifactId>h2</artifactId>
                                  </dependency>
                                </dependencies>
                              </plugin>
                            </plugins>
                          </build>
                        </project>
                        """),
                arguments("HSQLDB's version managed by a parent POM (digital-restaurant's dependencyManagement)", "pom.xml", """
                        <project>
                          <packaging>pom</packaging>
                          <dependencyManagement>
                            <dependencies>
                              <dependency>
                                <groupId>org.hsqldb</groupId>
                                <artifactId>hsqldb</artifactId>
                                <scope>runtime</scope>
                                <version>2.0.0</version>
                              </dependency>
                            </dependencies>
                          </dependencyManagement>
                        </project>
                        """),
                arguments("a commented-out H2 dependency", "pom.xml", """
                        <project>
                          <dependencies>
                            <!--
                            <dependency>
                              <groupId>com.h2database</groupId>
                              <artifactId>h2</artifactId>
                            </dependency>
                            -->
                          </dependencies>
                        </project>
                        """),
                arguments("a file adapter of another library", "server/logs.ts", """
                        const sink = new FileSync("./audit.log");
                        """),
                arguments("PostgreSQL", "src/main/resources/application.properties", """
                        spring.datasource.url=jdbc:postgresql://db:5432/x
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notEmbedded")
    void reportsNothingForServersTestsAndComments(String description, String path, String content) {
        assertThat(detector.detect(new SourceFile(path, content))).isEmpty();
    }
}
