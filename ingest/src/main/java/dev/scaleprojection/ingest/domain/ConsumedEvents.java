package dev.scaleprojection.ingest.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event types each component handles, read from the repository's listing: a file named for the type with a Handler,
 * Consumer or Listener suffix ({@code EventHandling/OrderStatusChangedToShippedIntegrationEventHandler.cs}) says the
 * component consumes it. A component's copy of an event it consumes (eShop's WebApp and Webhooks.API) carries personal
 * data in, not out: only the publisher's type is {@code data.personal-data-egress}. Read from names only, so a rescan of
 * a few files judges them as a full scan does.
 */
public final class ConsumedEvents {

    private static final List<String> SUFFIXES = List.of("Handler", "Consumer", "Listener");

    private final Set<String> handled;

    private ConsumedEvents(Set<String> handled) {
        this.handled = handled;
    }

    public static ConsumedEvents of(Collection<String> paths, ComponentLayout layout) {
        Set<String> handled = new HashSet<>();
        for (String path : paths) {
            handledType(path).ifPresent(type -> handled.add(layout.componentOf(path).name() + "\n" + type));
        }
        return new ConsumedEvents(handled);
    }

    /**
     * Whether a finding is personal data in an event type that a handler somewhere among {@code paths} is named for:
     * whether it is a consumed copy then depends on the components of files other than its own.
     */
    public static boolean mayBeConsumed(Finding finding, Collection<String> paths) {
        if (!isEventEgress(finding)) {
            return false;
        }
        String holder = finding.attributes().get("holder");
        return paths.stream().anyMatch(path -> handledType(path).filter(type -> type.equals(holder)).isPresent());
    }

    /** Personal data in an event type: what a handler named for the type makes a consumed copy. */
    public static boolean isEventEgress(Finding finding) {
        return PersonalDataDetector.EGRESS.equals(finding.kind()) && "event".equals(finding.attributes().get("channel"));
    }

    /** Whether the file's name says it handles a type: adding or deleting it changes which copies are consumed. */
    public static boolean isHandlerFile(String path) {
        return handledType(path).isPresent();
    }

    private static Optional<String> handledType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        for (String suffix : SUFFIXES) {
            if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
                return Optional.of(stem.substring(0, stem.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    /** True for personal data in an event type that {@code component} handles: a copy of what another one publishes. */
    public boolean isConsumedCopy(Finding finding, String component) {
        return isEventEgress(finding) && handled.contains(component + "\n" + finding.attributes().get("holder"));
    }
}
