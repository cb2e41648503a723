package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A Go struct mapped by storage tags stores personal data where it is a type of the package, not inside a function. */
class GoLocalStructsTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    static Stream<Arguments> structs() {
        return Stream.of(
                arguments("a model of the package (Go-Clean-Architecture-REST-API's models.User)", "internal/models/user.go", """
                        package models

                        type User struct {
                        \tUserID    uuid.UUID `json:"user_id" db:"user_id"`
                        \tEmail     string    `json:"email,omitempty" db:"email"`
                        }
                        """, 1),
                arguments("a login request's shape declared inside its handler", "internal/auth/delivery/http/handlers.go", """
                        package http

                        func (h *authHandlers) Login() echo.HandlerFunc {
                        \ttype Login struct {
                        \t\tEmail    string `json:"email" db:"email" validate:"omitempty,lte=60,email"`
                        \t\tPassword string `json:"password,omitempty" db:"password" validate:"required,gte=6"`
                        \t}
                        \treturn func(c echo.Context) error {
                        \t\treturn nil
                        \t}
                        }
                        """, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structs")
    void reportsStoredPersonalDataOnlyOnThePackagesTypes(String description, String path, String code, int stored) {
        assertThat(detector.detect(new SourceFile(path, code)))
                .filteredOn(finding -> finding.kind().equals("data.personal-data-stored")).hasSize(stored);
    }
}
