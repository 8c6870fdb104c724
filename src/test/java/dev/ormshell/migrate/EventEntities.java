package dev.ormshell.migrate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A test-only model of events in a room: then an index on the foreign-key column (which MariaDB
 * backs a foreign key with), then no events at all (so an undo must make the table again with
 * its fractional seconds and its index).
 */
final class EventEntities {

    static final List<Class<?>> PLAIN = List.of(Room.class, EventPlain.class);
    static final List<Class<?>> INDEXED = List.of(Room.class, EventIndexed.class);
    static final List<Class<?>> ROOMS_ONLY = List.of(Room.class);

    private EventEntities() {
    }

    @Entity(name = "Room")
    @Table(name = "rooms")
    static class Room {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(length = 40)
        String name;
    }

    @Entity(name = "EventPlain")
    @Table(name = "events")
    static class EventPlain {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        LocalDateTime startsAt;

        @ManyToOne
        @JoinColumn(name = "room_id")
        Room room;
    }

    @Entity(name = "EventIndexed")
    @Table(name = "events", indexes = @Index(name = "ix_events_room_id", columnList = "room_id"))
    static class EventIndexed {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        LocalDateTime startsAt;

        @ManyToOne
        @JoinColumn(name = "room_id")
        Room room;
    }
}
