package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;

/** What one file says about the components of its repository, for {@link ComponentLayout}. */
public sealed interface ComponentMarker
        permits ComponentMarker.CatalogComponent, ComponentMarker.CatalogSystem, ComponentMarker.EntryPoint,
        ComponentMarker.ProjectReference, ComponentMarker.ClientApp {

    /**
     * A Backstage catalog {@code kind: Component}: it lives in {@code folder} (its catalog file's folder) unless one of
     * {@code sourceFolders}, read from its {@code backstage.io/source-location}, exists in the repository.
     */
    record CatalogComponent(String name, String folder, List<String> sourceFolders, Optional<String> system,
                            Optional<String> owner, Optional<String> type) implements ComponentMarker {

        public CatalogComponent {
            sourceFolders = List.copyOf(sourceFolders);
        }
    }

    /** A Backstage catalog {@code kind: System}, with the owner and business domain its spec names. */
    record CatalogSystem(String name, Optional<String> owner, Optional<String> domain) implements ComponentMarker {
    }

    /** A file that makes its build module runnable: a main method, a Go main package, a start script, a console script. */
    record EntryPoint(String path, Ecosystem ecosystem) implements ComponentMarker {
    }

    /** A .NET project's {@code <ProjectReference>} to another project: both repository-relative project files. */
    record ProjectReference(String project, String referenced) implements ComponentMarker {
    }

    /**
     * The folder of an app that runs on the user's device ({@link ClientApps}): its calls are no service's. A web app is
     * one told by its package.json alone, which a server's build beside it in the same folder overrules.
     */
    record ClientApp(String folder, boolean webApp) implements ComponentMarker {
    }

    enum Ecosystem { JVM, GO, NODE, PYTHON, DOTNET }
}
