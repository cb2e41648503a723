package dev.scaleprojection.aggregator.live;

import java.util.Optional;

/**
 * One event of the live stream: where it was read (source partition and offset) and what it says — its type
 * ({@code gap-changed}, {@code score-changed}), the organization and system it concerns, and its JSON.
 */
public record LiveEvent(String partition, long offset, Content content) {

    /** What an event says, independently of where it was read. An organization-wide event has no system. */
    public record Content(String type, String organization, Optional<String> system, String json) {
    }

    /** Which events a reader wants: those of an organization, or of one of its systems; nothing given means all. */
    public record Filter(Optional<String> organization, Optional<String> system) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty());

        public boolean keeps(LiveEvent event) {
            return organization.map(event.content().organization()::equals).orElse(true)
                    && system.map(wanted -> event.content().system().filter(wanted::equals).isPresent()).orElse(true);
        }
    }
}
