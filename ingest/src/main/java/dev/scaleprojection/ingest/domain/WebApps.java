package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * A single-page web app, told by its package.json: it depends on a framework that renders in the browser (React DOM,
 * Vue, Angular, Svelte, Solid, Preact), is built by a browser bundler (Vite, Create React App, the Angular or Vue CLI,
 * webpack, Parcel, Rsbuild) and names no framework that runs a server (Next.js, Nuxt, Remix, React Router's server,
 * SvelteKit, Astro, Angular's server rendering, Express, Koa, Fastify, NestJS, Hono, hapi). All its code runs in the
 * user's browser; a server or a server-rendered app among its dependencies keeps it a service, and so does a server's
 * build in its folder ({@link #isServerBuild}: jhipster's Angular package.json beside its Spring Boot pom.xml).
 */
final class WebApps {

    private static final Set<String> BROWSER_FRAMEWORKS = Set.of("react-dom", "vue", "@angular/core", "svelte", "solid-js",
            "preact");
    private static final Set<String> BROWSER_BUNDLERS = Set.of("vite", "react-scripts", "@angular/cli",
            "@angular-devkit/build-angular", "@vue/cli-service", "webpack", "parcel", "@rsbuild/core");
    private static final Set<String> SERVER_FRAMEWORKS = Set.of("next", "nuxt", "@remix-run/node", "@remix-run/serve",
            "@remix-run/dev", "@react-router/node", "@react-router/serve", "@react-router/dev", "@sveltejs/kit", "astro",
            "@angular/ssr", "@angular/platform-server", "@nguniversal/express-engine", "express", "koa", "fastify",
            "@nestjs/core", "hono", "@hapi/hapi", "vike", "@vercel/node", "@netlify/functions");
    private static final List<String> SECTIONS = List.of("dependencies", "devDependencies");
    /** Build files of servers in other languages: beside one, a package.json builds the server's pages, not an app. */
    private static final Set<String> SERVER_BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "go.mod",
            "pyproject.toml", "requirements.txt", "setup.py", "manage.py", "Gemfile", "composer.json", "Cargo.toml", "mix.exs");

    private WebApps() {
    }

    /** Whether a package.json's text is that of a single-page web app. */
    static boolean isSinglePageApp(String packageJson) {
        if (BROWSER_FRAMEWORKS.stream().noneMatch(name -> packageJson.contains("\"" + name + "\""))) {
            return false;
        }
        TreeNode root;
        try {
            root = JsonTree.parse(packageJson);
        } catch (MalformedDocumentException e) {
            return false;
        }
        return declares(root, List.of("dependencies"), BROWSER_FRAMEWORKS) && declares(root, SECTIONS, BROWSER_BUNDLERS)
                && !declares(root, SECTIONS, SERVER_FRAMEWORKS);
    }

    /** Whether the path is a server's build file ({@link #SERVER_BUILD_FILES}, a .NET project). */
    static boolean isServerBuild(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return SERVER_BUILD_FILES.contains(name) || name.endsWith(".csproj");
    }

    private static boolean declares(TreeNode root, List<String> sections, Set<String> packages) {
        return sections.stream().anyMatch(section -> TreePaths.keys(root, section).stream().anyMatch(packages::contains));
    }
}
