package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.demo.DemoProgram;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Vendor staff in real headless Chromium: the lazy partner table, paged and filtered by PrimeFaces AJAX. */
class VendorPartnerListBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    private static final String NAME_FILTER = "#partnersForm\\:partners thead input.ui-column-filter";

    @Test
    void aVendorAdminSeesTheThirtyPartnersOfItsProgram() {
        chromium.signIn("alice", "demo");

        assertEquals("/vendor/partners.xhtml", chromium.path());
        assertEquals("Partners", chromium.heading());
        assertEquals("All partners", chromium.textOf("partnerView"), "a vendor admin opens on all partners");
        assertEquals(null, chromium.textOf("myPartners"), "a vendor admin keeps no book");
        assertEquals("30 partners", partnerCount());
        List<String> names = chromium.texts("a.partner-name");
        assertEquals(25, names.size(), "the first page holds 25 rows");
        assertEquals(names.stream().sorted().toList(), names, "sorted by name");
        assertTrue(names.contains("Brightpath Solutions"), names.toString());
        assertEquals("brightpath", chromium.driver().findElement(By.xpath(
                "//tr[.//a[text()='Brightpath Solutions']]//code[@class='partner-code']")).getText(),
                "the partner's code, which the imports name it by");
        assertFalse(chromium.text().contains("Summit Resellers"), "another vendor's partner shown");
        assertEquals(List.of("Partners", "Program", "QBRs", "Scorecards", "Commitments", "Definitions", "Program settings", "Import data", "Disputes"), chromium.texts(".portal-nav a"), "vendor staff see the vendor side's pages only");
        assertEquals(List.of("Partners"), chromium.texts(".portal-nav a.is-current"));
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
        chromium.screenshot("vendor-partners-alice");
    }

    @Test
    void typingInTheNameFilterNarrowsTheLazyTableWithoutReloadingThePage() {
        chromium.signIn("alice", "demo");
        chromium.js("window.portalItSamePage = true;");
        WebElement filter = chromium.find(NAME_FILTER);

        chromium.ajax(() -> filter.sendKeys("Brightpath"));

        assertEquals(List.of("Brightpath Solutions"), chromium.texts("a.partner-name"));
        assertEquals("1 partners", partnerCount());
        assertEquals(Boolean.TRUE, chromium.js("return window.portalItSamePage === true;"), "updated by AJAX, not a reload");
        chromium.screenshot("vendor-partners-filtered-alice");

        chromium.ajax(() -> filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE));

        assertEquals("30 partners", partnerCount());
        assertEquals(25, chromium.texts("a.partner-name").size());
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
    }

    @Test
    void aPartnerNameOpensThatPartner() {
        chromium.signIn("alice", "demo");
        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("Brightpath Solutions")).click());

        assertTrue(chromium.path().startsWith("/vendor/partner.xhtml?id="), chromium.path());
        assertEquals("Brightpath Solutions", chromium.textOf("partnerName"));
        assertEquals("Gold", chromium.textOf("partnerTier"));
        assertEquals(List.of("Partners"), chromium.texts(".portal-nav a.is-current"), "still in the Partners section");
        chromium.screenshot("vendor-partner-detail-alice");
    }

    @Test
    void cancellingAQbrAsksFirstAndItsButtonsStandApart() {
        chromium.signIn("alice", "demo");
        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("Brightpath Solutions")).click());
        String before = chromium.textOf("qbrs");
        assertTrue(before.contains("Scheduled"), before);
        assertTrue(chromium.texts("#qbrs tr.qbr td:last-child").stream().noneMatch("demo"::equals),
                "a person scheduled the demo QBRs: " + chromium.texts("#qbrs tr.qbr td:last-child"));
        List<org.openqa.selenium.Rectangle> buttons = List.of("reschedule", "held", "cancel").stream()
                .map(id -> chromium.find("button[id='qbrForm:" + id + "']").getRect()).toList();
        for (int i = 1; i < buttons.size(); i++) {
            org.openqa.selenium.Rectangle left = buttons.get(i - 1);
            org.openqa.selenium.Rectangle right = buttons.get(i);
            boolean apart = right.getX() - (left.getX() + left.getWidth()) >= 8 || right.getY() >= left.getY() + left.getHeight() + 8;
            assertTrue(apart, "buttons " + (i - 1) + " and " + i + " touch: " + left + " " + right);
        }

        chromium.find("button[id='qbrForm:cancel']").click();
        WebElement dialog = chromium.shown(".ui-confirm-dialog");
        assertTrue(dialog.getText().contains("Cancel this QBR?"), dialog.getText());
        assertTrue(dialog.getText().contains("Brightpath Solutions goes back among the partners to schedule"), dialog.getText());
        WebElement keep = dialog.findElement(By.cssSelector("button.ui-confirmdialog-no"));
        WebElement yes = dialog.findElement(By.cssSelector("button.ui-confirmdialog-yes"));
        assertEquals(List.of("No, keep it", "Yes, cancel it"), List.of(keep.getText(), yes.getText()));
        assertTrue(yes.getRect().getX() - (keep.getRect().getX() + keep.getRect().getWidth()) >= 8,
                "the dialog's buttons touch: " + keep.getRect() + " " + yes.getRect());
        chromium.screenshot("vendor-partner-cancel-confirm-alice");
        keep.click();
        chromium.settle();
        assertEquals(before, chromium.textOf("qbrs"), "kept: nothing cancelled");
        assertTrue(chromium.path().startsWith("/vendor/partner.xhtml?id="), chromium.path());
    }

    @Test
    void aPartnerManagerOpensOnExactlyHisBookWithAllPartnersOneClickAway() {
        chromium.signIn("max", "demo");

        assertEquals("/vendor/partners.xhtml", chromium.path());
        assertEquals("My partners", chromium.textOf("partnerView"));
        assertEquals("The partners you own, as their partner manager.", chromium.textOf("partnerScope"));
        assertEquals("22 partners you own", partnerCount());
        assertEquals(acmeNamesOwnedBy("max"), chromium.texts("a.partner-name"), "exactly max's demo partners, by name");
        chromium.screenshot("vendor-partners-mine-max");

        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("All partners")).click());

        assertEquals("/vendor/partners.xhtml?all=true", chromium.path());
        assertEquals("All partners", chromium.textOf("partnerView"));
        assertEquals("30 partners", partnerCount());
        assertTrue(chromium.texts("a.partner-name").containsAll(acmeNamesOwnedBy(null).subList(0, 2)),
                "partners nobody owns are among all partners: " + chromium.texts("a.partner-name"));
        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("My partners")).click());
        assertEquals("22 partners you own", partnerCount(), "and back to his book in one click");
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", "/vendor/partners.xhtml"));
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", "/vendor/partners.xhtml?all=true"));
    }

    /** Acme has partners owned by a "greg"; globex's greg, the same user name, sees none of them. */
    @Test
    void anotherVendorsPartnerManagerOfTheSameUserNameSeesNoneOfAcmesPartners() {
        List<String> acmeGregs = acmeNamesOwnedBy("greg");
        assertFalse(acmeGregs.isEmpty(), "the demo gives acme partners to a greg");
        chromium.signIn("greg", "demo");

        assertEquals("My partners", chromium.textOf("partnerView"));
        assertEquals("30 partners you own", partnerCount(), "globex's thirty, not acme's too");
        WebElement filter = chromium.find(NAME_FILTER);
        chromium.ajax(() -> filter.sendKeys(acmeGregs.get(0)));
        assertEquals(List.of(), chromium.texts("a.partner-name"), acmeGregs.get(0) + " is acme's");
        assertEquals("0 partners you own", partnerCount());

        chromium.open("/vendor/partners.xhtml?all=true");
        assertEquals("30 partners", partnerCount());
        assertTrue(chromium.texts("a.partner-name").stream().noneMatch(acmeGregs::contains), chromium.text());
    }

    /** Acme's demo partners in the program owned by this user name (null: by nobody), sorted by name. */
    private static List<String> acmeNamesOwnedBy(String owner) {
        DemoProgram acme = DemoProgram.all().stream().filter(p -> p.vendorCode().equals("acme")).findFirst().orElseThrow();
        return acme.partners().stream().filter(p -> java.util.Objects.equals(owner, p.owner()))
                .map(DemoProgram.PartnerSpec::name).sorted().toList();
    }

    /** The table's own count ("30 partners"), from the paginator above it. */
    private static String partnerCount() {
        return chromium.texts("#partnersForm\\:partners .ui-paginator-current").get(0);
    }
}
