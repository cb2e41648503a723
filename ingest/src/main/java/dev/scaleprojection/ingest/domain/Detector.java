package dev.scaleprojection.ingest.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A pure function from one file to what it shows. Detectors never judge; they report what is there, with evidence. */
public interface Detector {

    List<Finding> detect(SourceFile file);

    /** The roles of file this detector looks at; a scanner need not read files no detector wants. */
    default Set<FileRole> roles() {
        return EnumSet.allOf(FileRole.class);
    }
}
