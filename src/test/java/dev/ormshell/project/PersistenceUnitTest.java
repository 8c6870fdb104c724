package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersistenceUnitTest {

    @Test
    void readsTheFirstUnitInTheOldJavaEeNamespaceToo() {
        PersistenceUnit unit = PersistenceUnit.parse("""
                <persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
                  <persistence-unit name="shop">
                    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>
                    <mapping-file>META-INF/orm.xml</mapping-file>
                    <class>org.example.Order</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="javax.persistence.jdbc.url" value="jdbc:h2:mem:shop"/>
                      <property name="hibernate.default_schema" value="sales"/>
                    </properties>
                  </persistence-unit>
                  <persistence-unit name="other"/>
                </persistence>""");
        assertEquals("shop", unit.name());
        assertEquals("jdbc:h2:mem:shop", unit.property("jakarta.persistence.jdbc.url"));
        assertEquals("sales", unit.properties().get("hibernate.default_schema"));
        assertEquals(List.of("org.example.Order"), unit.classes());
        assertTrue(unit.onlyListed());
        assertEquals(List.of("META-INF/orm.xml"), unit.mappingFiles());
    }

    @Test
    void aFileWithoutAUnitOrNotXmlSaysSo() {
        assertEquals("META-INF/persistence.xml has no persistence-unit", assertThrows(ProjectException.class,
                () -> PersistenceUnit.parse("<persistence/>")).getMessage());
        assertTrue(assertThrows(ProjectException.class, () -> PersistenceUnit.parse("not xml")).getMessage()
                .startsWith("META-INF/persistence.xml cannot be read"));
    }
}
