package com.partnerqbr.portal.web.faces;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;

/**
 * Builds the JSON of the pages' Chart.js charts. One factory for the application: each
 * {@code Json.createObjectBuilder()} looks the JSON provider up through {@code ServiceLoader}, which
 * walks the class loaders' resources (measured under load: 7% of the pages' CPU).
 */
public final class ChartJson {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private ChartJson() {
    }
}
