package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ctrl-C's path on a server: cancelling the running statement ends it, and the pool still serves queries. */
class ServerCancelTest {

    @ParameterizedTest
    @EnumSource(Server.class)
    void aLongQueryIsCancelledAndTheNextOneRuns(Server server) throws InterruptedException {
        try (ServerDatabases database = ServerDatabases.create(server);
             Database opened = Database.open(DatabaseUrl.parse(database.url()), Models.ALL)) {
            String sleep = server == Server.POSTGRESQL ? "select pg_sleep(600)" : "select sleep(600)";
            CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
                try (Session session = opened.sessionFactory().openSession()) {
                    return session.createNativeQuery(sleep, Object.class).getSingleResult();
                }
            });
            // Cancel as Ctrl-C does, again until the statement ends: a cancel that reaches the
            // server before the statement does is ignored there.
            Throwable outcome = null;
            while (outcome == null) {
                opened.dataSource().cancelRunning();
                try {
                    Object value = running.get(200, TimeUnit.MILLISECONDS);
                    outcome = new AssertionError("the statement finished: " + value);
                } catch (ExecutionException e) {
                    outcome = e.getCause();
                } catch (TimeoutException stillRunning) {
                    // not cancelled yet
                }
            }
            String message = ErrorMessages.databaseMessage(outcome);
            assertTrue(message.contains(server == Server.POSTGRESQL ? "canceling statement due to user request"
                    : "Query execution was interrupted"), message);
            try (Session session = opened.sessionFactory().openSession()) {
                assertEquals("42", String.valueOf(session.createNativeQuery("select 42", Object.class).getSingleResult()));
            }
        }
    }
}
