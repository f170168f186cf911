package com.partnerqbr.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.partner.PartnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoProgramTest {

    @Test
    void twoVendorsOfThirtyPartnersWithUniqueCodes() {
        List<DemoProgram> programs = DemoProgram.all();
        assertEquals(List.of("acme", "globex"), programs.stream().map(DemoProgram::vendorCode).toList());
        for (DemoProgram program : programs) {
            assertEquals(30, program.partners().size(), program.vendorCode());
            Set<String> codes = program.partners().stream().map(DemoProgram.PartnerSpec::code).collect(Collectors.toSet());
            assertEquals(30, codes.size(), "partner codes must be unique in " + program.vendorCode());
            assertTrue(codes.stream().allMatch(c -> c.matches("[a-z0-9][a-z0-9-]{1,63}")), "codes are slugs");
        }
    }

    @Test
    void thePartnersOfTheDemoPartnerUsersExist() {
        assertPartner(DemoProgram.acme(), "brightpath", "Brightpath Solutions", PartnerType.RESELLER, "Gold");
        assertPartner(DemoProgram.acme(), "orbit-integrations", "Orbit Integrations", PartnerType.TECHNOLOGY, "Silver");
        assertPartner(DemoProgram.globex(), "summit-resellers", "Summit Resellers", PartnerType.RESELLER, "Platinum");
    }

    @Test
    void everyTierIsUsedAndPartnerTypesAreMixed() {
        for (DemoProgram program : DemoProgram.all()) {
            Set<String> tiers = program.partners().stream().map(DemoProgram.PartnerSpec::tier).collect(Collectors.toSet());
            assertEquals(Set.of("Registered", "Silver", "Gold", "Platinum"), tiers);
            long types = program.partners().stream().map(DemoProgram.PartnerSpec::type).distinct().count();
            assertEquals(PartnerType.values().length, types, "every partner type appears in " + program.vendorCode());
        }
    }

    @Test
    void maxOwnsMostOfAcmeAndGregAllOfGlobex() {
        Map<String, Long> acme = owners(DemoProgram.acme());
        assertEquals(Map.of("max", 22L, "greg", 4L, "nobody", 4L), acme, "acme's all partners differ from max's");
        assertEquals(Map.of("greg", 30L), owners(DemoProgram.globex()));
        assertEquals("max", DemoProgram.acme().partners().stream().filter(p -> p.code().equals("orbit-integrations"))
                .findFirst().orElseThrow().owner(), "max opens Orbit from his partners (JointPlanBrowserIT)");
    }

    private static Map<String, Long> owners(DemoProgram program) {
        return program.partners().stream().collect(Collectors.groupingBy(
                p -> p.owner() == null ? "nobody" : p.owner(), Collectors.counting()));
    }

    private static void assertPartner(DemoProgram program, String code, String name, PartnerType type, String tier) {
        DemoProgram.PartnerSpec partner = program.partners().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing"));
        assertEquals(name, partner.name());
        assertEquals(type, partner.type());
        assertEquals(tier, partner.tier());
    }
}
