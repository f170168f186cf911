package com.partnerqbr.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Partner users are confined in one place: a row of one partner ({@code OfPartner}) is loaded by
 * id only through {@code PartnerService.find(Class, long, String)}, which answers "not found"
 * for another partner's row. The sources are read as text, so a service that calls
 * {@code em.find} on such a row fails the build instead of leaking it.
 */
class PartnerConfinementTest {

    private static final Pattern ENTITY = Pattern.compile(
            "public (?:abstract )?class (\\w+) extends (\\w+)(?: implements ([\\w, ]+))? \\{");
    private static final Pattern FIND = Pattern.compile("\\bem\\.find\\((\\w+)\\.class");

    @Test
    void rowsOfOnePartnerAreLoadedByIdOnlyWhereTheCallersReachIsChecked() throws IOException {
        Set<String> ofPartner = ofPartnerEntities();
        assertTrue(ofPartner.containsAll(Set.of("Deal", "Scorecard", "ScorecardFigure", "Dispute", "Qbr", "Standing",
                "TierProposal")), ofPartner.toString());
        List<String> unconfined = new ArrayList<>();
        for (Path file : sources(Path.of("src/main/java"))) {
            if (file.endsWith("partner/PartnerService.java")) {
                continue;
            }
            Matcher find = FIND.matcher(Files.readString(file));
            while (find.find()) {
                if (ofPartner.contains(find.group(1))) {
                    unconfined.add(file.getFileName() + ": em.find(" + find.group(1) + ".class, ...)");
                }
            }
        }
        assertEquals(List.of(), unconfined);
    }

    /** The entities implementing OfPartner, directly or through a superclass that does. */
    private static Set<String> ofPartnerEntities() throws IOException {
        Set<String> found = new TreeSet<>();
        List<String[]> declarations = new ArrayList<>();
        for (Path file : sources(Path.of("../portal-model/src/main/java"))) {
            Matcher m = ENTITY.matcher(Files.readString(file));
            if (m.find()) {
                declarations.add(new String[] {m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)});
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String[] d : declarations) {
                if ((d[2].contains("OfPartner") || found.contains(d[1])) && found.add(d[0])) {
                    grew = true;
                }
            }
        }
        return found;
    }

    private static List<Path> sources(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
