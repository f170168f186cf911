package com.partnerqbr.portal.api.openapi;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the document Payara serves at {@code /openapi} a standard OpenAPI 3.0 document, so
 * that validators and client generators take it (MicroProfile Config {@code mp.openapi.filter}
 * names this class):
 * <ul>
 *   <li>one server, {@value #SERVER}: relative to where the document is served, so it is
 *       the address the client used (Payara lists {@code http://localhost:port/api} per
 *       listener, a host the portal does not answer on: it binds 127.0.0.1 only);</li>
 *   <li>no top-level {@code endpoints} member: Payara adds one (context root to paths) that
 *       the OpenAPI schema does not allow. Payara's model has no API to remove it; its map is
 *       emptied, and Payara leaves empty members out of the document;</li>
 *   <li>schemas without the values Payara copies from every {@code @Schema} annotation's
 *       defaults: {@code maxProperties: 0} would tell a client that a {@code Partner} has no
 *       properties at all; the others ({@code minLength: 0}, {@code nullable: false}...)
 *       repeat OpenAPI's own defaults.</li>
 * </ul>
 */
public class StandardDocument implements OASFilter {

    /** The API's context root, relative to the document's own address. */
    static final String SERVER = "/api";

    private static final Logger LOG = Logger.getLogger(StandardDocument.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.setServers(List.of(OASFactory.createServer().url(SERVER)
                .description("The portal that serves this document; the paths start with the API's version")));
        dropPayaraEndpoints(document);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        schema.setMaxProperties(absentIf(0, schema.getMaxProperties()));
        schema.setMinProperties(absentIf(0, schema.getMinProperties()));
        schema.setMinLength(absentIf(0, schema.getMinLength()));
        schema.setExclusiveMaximum(absentIf(false, schema.getExclusiveMaximum()));
        schema.setExclusiveMinimum(absentIf(false, schema.getExclusiveMinimum()));
        schema.setUniqueItems(absentIf(false, schema.getUniqueItems()));
        schema.setNullable(absentIf(false, schema.getNullable()));
        schema.setReadOnly(absentIf(false, schema.getReadOnly()));
        schema.setWriteOnly(absentIf(false, schema.getWriteOnly()));
        schema.setDeprecated(absentIf(false, schema.getDeprecated()));
        return schema;
    }

    /** Null (left out of the document) when the value is Payara's copy of the annotation's default. */
    private static <T> T absentIf(T annotationDefault, T value) {
        return annotationDefault.equals(value) ? null : value;
    }

    private static void dropPayaraEndpoints(OpenAPI document) {
        try {
            Object endpoints = document.getClass().getMethod("getEndpoints").invoke(document);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (NoSuchMethodException e) {
            // Another implementation: nothing non-standard to remove.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.warning(() -> "The OpenAPI document keeps Payara's endpoints member: " + e);
        }
    }
}
