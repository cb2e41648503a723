package dev.scaleprojection.ingest.scan;

/**
 * A file named for the event type it handles ({@link dev.scaleprojection.ingest.domain.ConsumedEvents}) and its
 * component: a component's copy of an event type one of its handler files is named for is a consumed copy, so a
 * rescan of the copy alone judges it from this list.
 */
public record EventHandlerFile(String path, String component) {
}
