package dev.scaleprojection.platform.registry;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * Calls a public static method with String arguments in a fresh copy of the test class path (Avro included) while the
 * property {@code org.apache.avro.SERIALIZABLE_PACKAGES} is unset, so Avro's class trust starts from its defaults as in
 * a JVM nobody configured. The root pom sets that property for every test JVM; this is how a test gets out from under it.
 */
final class WithoutAvroTrustedPackages {

    static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

    private WithoutAvroTrustedPackages() {
    }

    static String call(Class<?> owner, String method, String... arguments) throws Exception {
        String configured = System.getProperty(PROPERTY);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader())) {
            System.clearProperty(PROPERTY);
            Thread.currentThread().setContextClassLoader(isolated);
            Class<?>[] parameterTypes = new Class<?>[arguments.length];
            Arrays.fill(parameterTypes, String.class);
            Object result = Class.forName(owner.getName(), true, isolated).getMethod(method, parameterTypes).invoke(null, (Object[]) arguments);
            return String.valueOf(result);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            if (configured != null) {
                System.setProperty(PROPERTY, configured);
            }
        }
    }

    private static URL[] testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(WithoutAvroTrustedPackages::url)
                .toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
