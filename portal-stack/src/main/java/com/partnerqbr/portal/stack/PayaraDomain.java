package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Prepares the Payara domain's {@code domain.xml} before the server starts, so that it
 * never listens on anything but 127.0.0.1: every listener, the JMX connector and the
 * data grid (Hazelcast, domain discovery, no multicast) get loopback addresses and
 * the configured ports. Also declares the portal's data source and maps the identity
 * provider's groups to roles of the same name, and puts the operator's root page
 * ({@code config/payara/docroot}) in the domain's document root. Applying it twice gives the same file.
 */
final class PayaraDomain {

    static final String POOL = "portalPool";
    static final String DATA_SOURCE = "jdbc/portal";
    private static final String LOOPBACK = "127.0.0.1";

    private final StackSettings settings;
    private final String databasePassword;

    PayaraDomain(StackSettings settings, String databasePassword) {
        this.settings = settings;
        this.databasePassword = databasePassword;
    }

    void configure(Path domainXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document doc = factory.newDocumentBuilder().parse(domainXml.toFile());
            Element config = byAttribute(doc.getDocumentElement(), "config", "name", "server-config");
            bindListeners(config);
            bindDataGrid(doc, config);
            addJvmOptions(config);
            child(config, "security-service").setAttribute("activate-default-principal-to-role-mapping", "true");
            declareDataSource(doc);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(doc), new StreamResult(domainXml.toFile()));
            // The server's root answers the operator's page (it sends to the portal), not Payara's "Server Running".
            Files.copy(settings.repo().resolve("config/payara/docroot/index.html"),
                    domainXml.getParent().resolveSibling("docroot").resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot prepare " + domainXml, e);
        }
    }

    private void bindListeners(Element config) {
        int base = settings.port("portal.internal.port.base");
        Map<String, Integer> http = Map.of(
                "http-listener-1", settings.port("portal.http.port"),
                "http-listener-2", settings.port("portal.https.port"),
                "admin-listener", settings.port("portal.admin.port"));
        for (Element listener : elements(config, "network-listener")) {
            Integer port = http.get(listener.getAttribute("name"));
            if (port != null) {
                listener.setAttribute("port", String.valueOf(port));
            }
            listener.setAttribute("address", LOOPBACK);
        }
        Map<String, Integer> iiop = Map.of("orb-listener-1", base, "SSL", base + 1, "SSL_MUTUALAUTH", base + 2);
        for (Element listener : elements(config, "iiop-listener")) {
            listener.setAttribute("address", LOOPBACK);
            listener.setAttribute("port", String.valueOf(iiop.get(listener.getAttribute("id"))));
        }
        for (Element jmx : elements(config, "jmx-connector")) {
            jmx.setAttribute("address", LOOPBACK);
            jmx.setAttribute("port", String.valueOf(base + 3));
        }
        for (Element property : elements(config, "system-property")) {
            if (property.getAttribute("name").equals("JMS_PROVIDER_PORT")) {
                property.setAttribute("value", String.valueOf(base + 4));
            }
        }
        bindMessageBroker(config);
        for (Element protocol : elements(config, "protocol")) {
            String name = protocol.getAttribute("name");
            if (name.equals("http-listener-1") || name.equals("http-listener-2")) {
                Element httpSettings = child(protocol, "http");
                httpSettings.setAttribute("cookie-same-site-enabled", "true");
                httpSettings.setAttribute("cookie-same-site-value", "Lax");
                httpSettings.setAttribute("xpowered-by", "false");
                httpSettings.setAttribute("server-header", "false");
                // A DELETE (or other method without defined body semantics) that carries a body reaches the
                // application, which answers it (405 problem from the API), instead of Grizzly's bare 400.
                httpSettings.setAttribute("allow-payload-for-undefined-http-methods", "true");
            }
        }
    }

    /** The embedded message broker listens where its JMS host says; the server config has none by default. */
    private static void bindMessageBroker(Element config) {
        List<Element> services = elements(config, "jms-service");
        Element service;
        if (services.isEmpty()) {
            service = config.getOwnerDocument().createElement("jms-service");
            service.setAttribute("type", "EMBEDDED");
            service.setAttribute("default-jms-host", "default_JMS_host");
            service.setAttribute("addresslist-behavior", "priority");
            Element host = config.getOwnerDocument().createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            host.setAttribute("lazy-init", "true");
            service.appendChild(host);
            config.appendChild(service);
        } else {
            service = services.get(0);
        }
        for (Element host : elements(service, "jms-host")) {
            host.setAttribute("host", LOOPBACK);
        }
    }

    private void bindDataGrid(Document doc, Element config) {
        int base = settings.port("portal.internal.port.base");
        Element grid = child(doc.getDocumentElement(), "hazelcast-runtime-configuration");
        grid.setAttribute("start-port", String.valueOf(base + 5));
        grid.setAttribute("das-port", String.valueOf(base + 6));
        grid.setAttribute("das-bind-address", LOOPBACK);
        grid.setAttribute("das-public-address", LOOPBACK);
        grid.setAttribute("interface", LOOPBACK);
        grid.setAttribute("discovery-mode", "domain");
        grid.setAttribute("auto-increment-port", "true");
        child(config, "hazelcast-config-specific-configuration")
                .setAttribute("config-specific-data-grid-start-port", String.valueOf(base + 5));
    }

    private void addJvmOptions(Element config) {
        Element java = child(config, "java-config");
        // An empty product.name keeps the server's name and version out of its own error pages.
        List<String> wanted = List.of("-Xms2g", "-Dhazelcast.socket.bind.any=false", "-Djava.net.preferIPv4Stack=true",
                "-Dhazelcast.phone.home.enabled=false", "-Dproduct.name=");
        for (Element option : elements(java, "jvm-options")) {
            if (option.getTextContent().startsWith("-Xmx")) {
                option.setTextContent("-Xmx2g");
            }
        }
        List<String> present = elements(java, "jvm-options").stream().map(Node::getTextContent).toList();
        for (String option : wanted) {
            if (!present.contains(option)) {
                Element element = java.getOwnerDocument().createElement("jvm-options");
                element.setTextContent(option);
                java.appendChild(element);
            }
        }
    }

    private void declareDataSource(Document doc) {
        Element resources = child(doc.getDocumentElement(), "resources");
        for (Element old : elements(resources, "jdbc-connection-pool")) {
            if (old.getAttribute("name").equals(POOL)) {
                resources.removeChild(old);
            }
        }
        Element pool = doc.createElement("jdbc-connection-pool");
        pool.setAttribute("name", POOL);
        pool.setAttribute("datasource-classname", "com.mysql.cj.jdbc.MysqlDataSource");
        pool.setAttribute("res-type", "javax.sql.DataSource");
        pool.setAttribute("steady-pool-size", "2");
        pool.setAttribute("max-pool-size", "32");
        pool.setAttribute("is-connection-validation-required", "true");
        pool.setAttribute("connection-validation-method", "auto-commit");
        pool.setAttribute("fail-all-connections", "true");
        // Payara's default SQL trace listener puts a reflective proxy in front of every JDBC call
        // (~7% of its samples while a refresh writes its scorecards, JFR); nothing here traces SQL.
        pool.setAttribute("wrap-jdbc-objects", "false");
        addProperty(pool, "serverName", "127.0.0.1");
        addProperty(pool, "portNumber", settings.get("portal.db.port"));
        addProperty(pool, "databaseName", settings.get("portal.db.name"));
        addProperty(pool, "characterEncoding", "UTF-8");
        addProperty(pool, "connectionTimeZone", "UTC");
        addProperty(pool, "forceConnectionTimeZoneToSession", "true");
        // A JDBC batch goes to the server as multi-row INSERTs (and multi-statement UPDATEs), not one round trip a row.
        addProperty(pool, "rewriteBatchedStatements", "true");
        // Loopback only; Payara's TLS settings break the driver's opportunistic TLS handshake (broken pipe).
        addProperty(pool, "sslMode", "DISABLED");
        addProperty(pool, "user", settings.get("portal.db.user"));
        addProperty(pool, "password", databasePassword);
        resources.appendChild(pool);
        if (byAttributeOrNull(resources, "jdbc-resource", "jndi-name", DATA_SOURCE) == null) {
            Element resource = doc.createElement("jdbc-resource");
            resource.setAttribute("pool-name", POOL);
            resource.setAttribute("jndi-name", DATA_SOURCE);
            resources.appendChild(resource);
            Element server = byAttribute(doc.getDocumentElement(), "server", "name", "server");
            Element ref = doc.createElement("resource-ref");
            ref.setAttribute("ref", DATA_SOURCE);
            server.appendChild(ref);
        }
    }

    private static void addProperty(Element parent, String name, String value) {
        Element property = parent.getOwnerDocument().createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", value);
        parent.appendChild(property);
    }

    private static List<Element> elements(Element scope, String tag) {
        NodeList nodes = scope.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Element child(Element scope, String tag) {
        List<Element> found = elements(scope, tag);
        if (found.isEmpty()) {
            throw new IllegalStateException("domain.xml has no " + tag + " under " + scope.getTagName());
        }
        return found.get(0);
    }

    private static Element byAttribute(Element scope, String tag, String attribute, String value) {
        Element element = byAttributeOrNull(scope, tag, attribute, value);
        if (element == null) {
            throw new IllegalStateException("domain.xml has no " + tag + " with " + attribute + "=" + value);
        }
        return element;
    }

    private static Element byAttributeOrNull(Element scope, String tag, String attribute, String value) {
        return elements(scope, tag).stream().filter(e -> e.getAttribute(attribute).equals(value)).findFirst().orElse(null);
    }
}
