package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A partner user in real headless Chromium: signs in through Keycloak and lands on its partner's home. */
class PartnerHomeBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aPartnerUserSignsInAndSeesItsPartnersHome() {
        chromium.signIn("paula", "demo");

        assertEquals("/partner/home.xhtml", chromium.path());
        assertEquals(200, chromium.status());
        assertEquals("Brightpath Solutions", chromium.heading());
        assertEquals("Brightpath Solutions", chromium.textOf("partnerName"));
        assertEquals("Reseller", chromium.textOf("partnerType"));
        assertEquals("Gold", chromium.textOf("partnerTier"));
        assertEquals("paula", chromium.textOf("signedInAs"));
        assertEquals(List.of("Home", "Scorecard", "QBRs", "Joint plan", "Definitions", "Team", "Disputes"),
                chromium.texts(".portal-nav a"), "partner users see the partner side's pages only; its admin also its team");
        assertEquals(List.of("Home"), chromium.texts(".portal-nav a.is-current"));
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
        chromium.screenshot("partner-home-paula");
    }

    @Test
    void aPartnerUserOpeningAVendorPageGetsTheForbiddenPage() {
        chromium.signIn("paula", "demo");
        chromium.open("/vendor/partners.xhtml");

        assertEquals("/vendor/partners.xhtml", chromium.path());
        assertEquals(403, chromium.status());
        assertEquals("Not allowed", chromium.heading());
        assertTrue(chromium.text().contains("Your account does not have access to this page."), chromium.text());
        assertEquals(List.of(), chromium.texts("a.partner-name"), "no partner of the vendor is listed");
        assertFalse(chromium.text().contains("Orbit Integrations"), chromium.text());
        chromium.screenshot("partner-forbidden-paula");
    }
}
