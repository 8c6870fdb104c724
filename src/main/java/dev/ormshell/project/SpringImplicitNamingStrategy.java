package dev.ormshell.project;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming, as its {@code SpringImplicitNamingStrategy} has it (written
 * here rather than loaded from the application's Spring jars): JPA's rules, except that a join
 * table is named after the owning table and the attribute ({@code vets_specialties}), not after
 * the two entities ({@code Vet_Specialty}).
 */
public final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
