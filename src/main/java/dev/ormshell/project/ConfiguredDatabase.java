package dev.ormshell.project;

import dev.ormshell.config.DatabaseUrl;

/**
 * The database the shell opens and where that choice came from ("--url", "$DATABASE_URL",
 * "spring.datasource.url in application-postgres.properties" …), for the banner.
 *
 * @param fromProject whether the project's own configuration named it (its dialect setting then applies)
 */
public record ConfiguredDatabase(DatabaseUrl url, String origin, boolean fromProject) {
}
