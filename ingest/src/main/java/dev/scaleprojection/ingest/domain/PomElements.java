package dev.scaleprojection.ingest.domain;

/**
 * Where an offset of a Maven {@code pom.xml} lies: inside an element still open there. A dependency in
 * {@code <dependencyManagement>} only sets the version a module may declare, one in a {@code <plugin>} is the build's.
 */
final class PomElements {

    private PomElements() {
    }

    /** Whether {@code offset} lies inside an element {@code tag} that is still open there. */
    static boolean inside(String pom, int offset, String tag) {
        return pom.lastIndexOf("<" + tag + ">", offset) > pom.lastIndexOf("</" + tag + ">", offset);
    }

    /** Whether the file is a Maven POM and {@code offset} lies in its {@code <dependencyManagement>}. */
    static boolean managedOnly(String fileName, String content, int offset) {
        return fileName.equals("pom.xml") && inside(content, offset, "dependencyManagement");
    }
}
