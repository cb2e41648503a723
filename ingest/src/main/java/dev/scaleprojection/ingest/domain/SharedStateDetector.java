package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * State one process keeps for every request it serves ({@code state.shared-mutable-state}; attributes holder, field,
 * collection, mutation, scope static|singleton|module|package|process): mutable collections shared across requests
 * ({@link SharedCollections}) and in-process caches and sessions ({@link InProcessState}). Embedded databases are
 * reported by {@link EmbeddedDatabaseDetector}. A module that runs in each user's browser shares nothing between requests.
 */
public final class SharedStateDetector implements Detector {

    public static final String SHARED_STATE = "state.shared-mutable-state";

    private static final Pattern CLIENT_DIRECTIVE = Pattern.compile("\\s*[\"']use client[\"']");
    private static final Pattern REACT_HOOKS = Pattern.compile("\\bimport\\s*(?:\\w+\\s*,\\s*)?\\{[^}]*\\buse[A-Z]\\w*[^}]*}"
            + "\\s*from\\s*[\"']react[\"']");
    private static final Pattern ANGULAR = Pattern.compile("\\bfrom\\s*[\"']@angular/");
    /** Vue and the user-interface kits of Vue and React: litemall's admin and shop (element-ui, vant). */
    private static final Pattern UI_KIT = Pattern.compile("\\bfrom\\s*[\"'](?:vue|vuex|vue-router|pinia|element-ui|element-plus"
            + "|vant|ant-design-vue|vuetify|quasar|antd|react-dom|@mui/material)[\"'/]");
    /** A hook called ({@code useLingui()}, {@code trpc.useUtils()}), not a longer name ending in one ({@code reuseToken(…)}). */
    private static final Pattern HOOK_CALL = Pattern.compile("(?<![\\w$])use[A-Z]\\w*\\s*\\(");
    /** A custom hook the module exports: {@code export function useReplaysQuery(…)}, {@code export const useApi = (…)}. */
    private static final Pattern CUSTOM_HOOK = Pattern.compile(
            "\\bexport\\s+(?:default\\s+)?(?:async\\s+)?function\\s+(use[A-Z]\\w*)\\s*\\(|\\bexport\\s+const\\s+(use[A-Z]\\w*)\\s*=");
    /**
     * The page's own document, built or searched ({@code document.createElement('iframe')}, remark42's widget): only a
     * browser has one. Not a document a server makes ({@code dom.window.document}, jsdom) nor one a driver's callback
     * reads in a page ({@code page.evaluate(() => document.title)}), nor a script inside a string a server sends.
     */
    private static final Pattern PAGE_DOCUMENT = Pattern.compile("(?<![\\w$.])document\\s*\\.\\s*(?:createElement|getElementById"
            + "|getElementsBy\\w+|querySelector(?:All)?|body\\b|head\\b|documentElement\\b)");
    private static final Pattern SERVER_SIDE_DOCUMENT = Pattern.compile("\\bjsdom\\b|\\.evaluate\\s*\\(|\\bpuppeteer\\b"
            + "|\\bplaywright\\b|\\bcheerio\\b|\\blinkedom\\b|\\bhappy-dom\\b");
    /** What a JSX module runs on the server: a Remix loader or action, Next.js's data functions, server actions. */
    private static final Pattern SERVER_PART = Pattern.compile("\\bexport\\s+(?:async\\s+)?(?:function\\s*\\*?|const|let)\\s*"
            + "(?:loader|action|getServerSideProps|getStaticProps|getStaticPaths|getInitialProps)\\b|[\"']use server[\"']");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty() || runsInBrowser(code.get())) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(SharedCollections.of(code.get()));
        findings.addAll(InProcessState.of(code.get()));
        return List.copyOf(findings);
    }

    /**
     * A module of a user interface that runs in each user's browser: one that imports React hooks ({@code import {
     * useMemo } from "react"}; a server component cannot use them), declares itself a client component ({@code "use
     * client"}) or imports Angular ({@code from '@angular/core'}), Vue or a user-interface kit ({@code from 'element-ui'},
     * litemall's admin), a JSX module that calls hooks and has no part the
     * server runs (documenso's forms: {@code useLingui()}, {@code trpc.useUtils()}, no loader or action), a module exporting a
 * custom hook that calls hooks (umami's {@code useReplaysQuery}: {@code useApi()}), or a script a
     * server hands to browsers as it is ({@link FileRoles#isBrowserScript}), or one that builds the page's document
     * ({@link #PAGE_DOCUMENT}). What it keeps is per tab, never shared by
     * the server's instances.
     */
    static boolean runsInBrowser(CodeFile file) {
        if (file.language() != Language.TYPESCRIPT && file.language() != Language.JAVASCRIPT) {
            return false;
        }
        if (FileRoles.isBrowserScript(file.path())) {
            return true;
        }
        String text = file.uncommented();
        return file.mentions("react", "use client") && (CLIENT_DIRECTIVE.matcher(text).lookingAt()
                || REACT_HOOKS.matcher(text).find())
                || file.mentions("@angular/") && ANGULAR.matcher(text).find()
                || file.mentions("vue", "vant", "element-", "antd", "react", "@mui/") && UI_KIT.matcher(text).find()
                || isJsx(file.path()) && HOOK_CALL.matcher(text).find() && !SERVER_PART.matcher(text).find()
                || file.mentions("function use", "const use") && exportsCustomHook(text) && !SERVER_PART.matcher(text).find()
                || file.mentions("document.") && PAGE_DOCUMENT.matcher(file.code()).find()
                && !SERVER_SIDE_DOCUMENT.matcher(text).find();
    }

    /**
     * Whether the module exports a custom hook that calls another hook (umami's {@code useReplaysQuery} calling
     * {@code useApi()}): by React's rules it runs only while a component renders, in the browser.
     */
    private static boolean exportsCustomHook(String text) {
        Matcher hook = CUSTOM_HOOK.matcher(text);
        while (hook.find()) {
            String name = hook.group(1) != null ? hook.group(1) : hook.group(2);
            Matcher call = HOOK_CALL.matcher(text).region(hook.end(), text.length());
            while (call.find()) {
                if (!text.startsWith(name, call.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isJsx(String path) {
        return path.endsWith(".tsx") || path.endsWith(".jsx");
    }
}
