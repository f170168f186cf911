package com.partnerqbr.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way (DESIGN.md): every feature package of the services and the entities
 * has a layer, and a class imports (or names in full) only classes of its own feature or of a
 * lower layer. The source trees are read as text, so a new upward import fails the build.
 */
class PackageLayersTest {

    private static final String ROOT = "com.partnerqbr.portal.";

    /** The layers from the bottom up; a feature is a package with its sub-packages. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("kernel"),
            Set.of("tenancy", "notify", "calendar", "document", "audit"),
            Set.of("partner", "vendor", "people"),
            // Mail: the outbox stamps each message with its vendor's sender name (vendor), and every
            // feature above hands it messages; it knows none of them.
            Set.of("mail"),
            Set.of("deal", "commission", "cosell", "enablement", "engagement", "integration", "program",
                    "program.target", "program.intake"),
            Set.of("scorecard"),
            Set.of("program.tier"),
            Set.of("program.segment"),
            Set.of("review"),
            Set.of("plan"),
            Set.of("tail"),
            Set.of("demo", "migration", "operator"));

    /**
     * Entity imports that run up because the schema holds them; each names its reason. Services
     * and rules have none.
     */
    private static final Map<String, String> SCHEMA_EXCEPTIONS = Map.of(
            "partner.Partner -> program.tier.Tier", "a partner's approved tier is a column of the partner",
            "partner.PartnerType -> scorecard.ScorecardTemplate", "a partner type names the scorecard template it uses");

    private static final Pattern PACKAGE = Pattern.compile("^package com\\.partnerqbr\\.portal\\.([a-z.]+);",
            Pattern.MULTILINE);
    /** An import or a fully qualified name in the code. */
    private static final Pattern REFERENCE = Pattern.compile("com\\.partnerqbr\\.portal\\.([a-z.]+)\\.([A-Z]\\w*)");

    @Test
    void servicesImportOnlyTheirOwnFeatureOrLowerLayers() {
        assertEquals(List.of(), upwardImports(Path.of("src/main/java")));
    }

    @Test
    void entitiesImportOnlyTheirOwnFeatureOrLowerLayersSaveWhatTheSchemaHolds() {
        List<String> upward = upwardImports(Path.of("../portal-model/src/main/java"));
        upward.removeIf(SCHEMA_EXCEPTIONS::containsKey);
        assertEquals(List.of(), upward);
    }

    @Test
    void aLowerFeatureImportingAHigherOneIsCaught() {
        assertTrue(layer("program.tier") < layer("program.segment"));
        assertTrue(layer("scorecard.dispute") < layer("review"));
        assertTrue(layer("review.agenda") > layer("program.segment"));
        assertEquals(layer("program"), layer("deal"));
    }

    private static List<String> upwardImports(Path sources) {
        assertTrue(Files.isDirectory(sources), sources.toAbsolutePath() + " is not a source tree");
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(text);
                assertTrue(pkg.find(), file + " has no portal package");
                String from = pkg.group(1);
                String className = file.getFileName().toString().replace(".java", "");
                Matcher imports = REFERENCE.matcher(text);
                while (imports.find()) {
                    String to = imports.group(1);
                    if (!feature(from).equals(feature(to)) && layer(to) > layer(from)) {
                        upward.add(from + "." + className + " -> " + to + "." + imports.group(2));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(new TreeSet<>(upward));
    }

    /** The feature a package belongs to: the longest feature name it starts with. */
    private static String feature(String pkg) {
        String best = null;
        for (Set<String> layer : LAYERS) {
            for (String feature : layer) {
                if ((pkg.equals(feature) || pkg.startsWith(feature + "."))
                        && (best == null || feature.length() > best.length())) {
                    best = feature;
                }
            }
        }
        if (best == null) {
            throw new AssertionError(ROOT + pkg + " belongs to no layer: add its feature to PackageLayersTest.LAYERS");
        }
        return best;
    }

    private static int layer(String pkg) {
        String feature = feature(pkg);
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(feature)) {
                return i;
            }
        }
        throw new AssertionError(feature);
    }
}
