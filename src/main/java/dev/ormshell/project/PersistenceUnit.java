package dev.ormshell.project;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The first persistence unit of a project's {@code META-INF/persistence.xml}: its properties
 * (Hibernate settings and {@code jakarta.persistence.jdbc.*}), the classes it lists and its
 * orm.xml files. Any version of the schema (Java EE's or Jakarta's namespace) reads the same.
 *
 * @param onlyListed whether the unit maps only the classes it lists ({@code exclude-unlisted-classes})
 */
record PersistenceUnit(String name, String provider, Map<String, String> properties, List<String> classes,
                       boolean onlyListed, List<String> mappingFiles) {

    static final String FILE = "META-INF/persistence.xml";

    static Optional<PersistenceUnit> read(ProjectResources resources) {
        return resources.read(FILE).map(PersistenceUnit::parse);
    }

    static PersistenceUnit parse(String xml) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ProjectException(FILE + " cannot be read: " + e.getMessage(), e);
        }
        NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
        if (units.getLength() == 0) {
            throw new ProjectException(FILE + " has no persistence-unit");
        }
        Element unit = (Element) units.item(0);
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList property = unit.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < property.getLength(); i++) {
            Element p = (Element) property.item(i);
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        List<String> excluded = texts(unit, "exclude-unlisted-classes");
        boolean onlyListed = !excluded.isEmpty() && !excluded.get(0).equalsIgnoreCase("false");
        List<String> provider = texts(unit, "provider");
        return new PersistenceUnit(unit.getAttribute("name"), provider.isEmpty() ? null : provider.get(0), properties,
                texts(unit, "class"), onlyListed, texts(unit, "mapping-file"));
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** A property, with its older {@code javax.persistence} spelling accepted too. */
    String property(String jakartaName) {
        String value = properties.get(jakartaName);
        return value != null ? value : properties.get(jakartaName.replace("jakarta.", "javax."));
    }
}
