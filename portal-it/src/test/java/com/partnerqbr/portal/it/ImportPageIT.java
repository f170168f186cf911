package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The import page through the real sign-in and the real Faces page: who may open it, a
 * file uploaded as a browser sends it (multipart), what the vendor admin reads after.
 */
class ImportPageIT {

    private static final String PASSWORD = "demo";
    private static final String PAGE = BASE + "/vendor/imports.xhtml";
    private static final String DEAL_HEADER = "external_id,partner_code,customer,amount,currency,origin,stage,"
            + "stage_entered_on,identified_on,registered_on,created_on,expected_close_on,closed_on,loss_reason,vertical";

    private final String tag = "web-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void onlyAVendorAdminSeesTheLinkAndOpensThePage() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element link = alice.html().select("nav a").stream().filter(a -> a.text().equals("Import data")).findFirst()
                .orElseThrow(() -> new AssertionError("no import link for a vendor admin: " + alice.text()));
        Browser.Page page = alice.browser().get(link.absUrl("href"));
        assertEquals(200, page.status());
        assertEquals(PAGE, page.url());
        assertEquals(List.of("Deals", "Quarterly targets", "Commissions", "Enablement records", "Co-sell activities",
                "Joint customers", "Partners"), page.html().select("select[name='importForm:kind_input'] option").eachText());
        assertEquals("CSV file (UTF-8, at most 10 MB)", page.html().select("label[for='importForm:file']").text(),
                "the file input's label says what it takes");
        Element input = page.html().getElementById("importForm:file");
        assertEquals("file", input.attr("type"));
        assertFalse(input.hasAttr("aria-hidden"), "the file input is not hidden from a screen reader");
        assertTrue(page.text().contains("Columns of a file of deals"), page.text());
        assertTrue(page.html().select("#columnsForm code").eachText().containsAll(List.of("external_id", "closed_on",
                "loss_reason")));

        for (String user : List.of("max", "erin", "paula")) {
            Browser.Page home = Browser.signIn(user, PASSWORD);
            assertFalse(home.html().select("nav a").eachText().contains("Import data"), user + " sees the link");
            assertEquals(403, home.browser().get(PAGE).status(), user + " opens the page");
        }
    }

    @Test
    void aGoodFileIsImportedAndAgainOnlyUpdatesABadOneListsEveryProblemAndImportsNothing() throws Exception {
        Browser.Page page = Browser.signIn("alice", PASSWORD).browser().get(PAGE);
        String good = DEAL_HEADER + "\n" + deal("D-1", "brightpath", "48000.50", "won", "2026-07-20") + "\n"
                + deal("D-2", "orbit-integrations", "12000", "negotiate", "") + "\n";

        Browser.Page imported = upload(page, "DEALS", "deals.csv", good);
        assertEquals("Imported 2 deals: 2 new, 0 updated.", imported.textOf("importSummary"));
        Browser.Page again = upload(imported, "DEALS", "deals.csv", good);
        assertEquals("Imported 2 deals: 0 new, 0 updated, 2 unchanged.", again.textOf("importSummary"));

        String bad = DEAL_HEADER + "\n" + deal("D-3", "brightpath", "100", "qualify", "") + "\n"
                + deal("D-4", "summit-resellers", "100", "qualify", "") + "\n"
                + deal("D-5", "brightpath", "1 000", "won", "") + "\n";
        Browser.Page refused = upload(again, "DEALS", "deals-bad.csv", bad);
        assertEquals("Nothing was imported: 3 problems in 2 lines.", refused.textOf("importSummary"));
        assertEquals(List.of(
                List.of("3", "partner_code", "unknown partner code 'summit-resellers'"),
                List.of("4", "amount", "'1 000' is not a number: write it with '.' as decimal point and no"
                        + " thousands separator, e.g. 12500.50"),
                List.of("4", "closed_on", "required for a won deal")), problemRows(refused));
        assertTrue(refused.text().contains("Problems in deals-bad.csv"), refused.text());

        Browser.Page targets = upload(refused, "TARGETS", "targets.csv",
                "partner_code,quarter,revenue_target,currency\nbrightpath,2031-Q1,1000,EUR\n");
        assertEquals(List.of(List.of("2", "currency", "'EUR' is not the program currency USD: amounts are not"
                + " converted, send them in USD")), problemRows(targets));
    }

    @Test
    void aFileOfSeveralMegabytesUploadsAndOneOverTenIsRefusedWithAClearMessage() throws Exception {
        Browser.Page page = Browser.signIn("gina", PASSWORD).browser().get(PAGE);
        String rows = IntStream.rangeClosed(1, 30_000)
                .mapToObj(i -> deal("B-" + i, "summit-resellers", "100", "qualify", ""))
                .collect(Collectors.joining("\n"));
        String file = DEAL_HEADER + "\n" + rows + "\n" + deal("B-last", "summit-resellers", "100", "won", "") + "\n";
        assertTrue(file.length() > 3_000_000, "a file of " + file.length() + " bytes");
        Browser.Page refused = upload(page, "DEALS", "big.csv", file);
        assertEquals(200, refused.status());
        assertEquals("Nothing was imported: 1 problem in 1 line.", refused.textOf("importSummary"));
        assertEquals(List.of(List.of("30002", "closed_on", "required for a won deal")), problemRows(refused));

        byte[] tooLarge = new byte[11 * 1024 * 1024];
        Arrays.fill(tooLarge, (byte) 'x');
        Browser.Page tooBig = refused.submitWithFile("importForm",
                Map.of("importForm:kind_input", "DEALS", "importForm:import", ""), "huge.csv", tooLarge);
        assertEquals(413, tooBig.status(), tooBig.text());
        assertTrue(tooBig.text().contains("The file is larger than 10 MB: split it into smaller files."), tooBig.text());
        assertTrue(tooBig.text().contains("Nothing was read or changed."), tooBig.text());
        assertNull(tooBig.textOf("importSummary"), "the previous file's result is not shown under the refusal");

        Browser.Page anonymous = new Browser(HttpClient.Redirect.NEVER).postMultipart(PAGE,
                Map.of("importForm", "importForm"), "importForm:file", "huge.csv", tooLarge);
        assertEquals(302, anonymous.status(), "without a session: sent to sign in, the body unread");
        assertTrue(anonymous.header("Location").endsWith(java.net.URI.create(BASE).getPath() + "/"),
                anonymous.header("Location"));
    }

    @Test
    void theTemplateOfTheChosenKindDownloads() throws Exception {
        Browser.Page page = Browser.signIn("alice", PASSWORD).browser().get(PAGE);
        Browser.Page template = page.submit("columnsForm", Map.of("columnsForm:template", ""));
        assertEquals(200, template.status());
        assertTrue(template.header("Content-Disposition").contains("deals-template.csv"),
                template.header("Content-Disposition"));
        String[] lines = template.response().body().split("\r\n");
        assertEquals(DEAL_HEADER, lines[0]);
        assertTrue(lines[1].startsWith("D-1001,brightpath,Initech,48000.00,USD,sourced,won,"), lines[1]);
    }

    private Browser.Page upload(Browser.Page page, String kind, String fileName, String csv) throws Exception {
        Browser.Page result = page.submitWithFile("importForm",
                Map.of("importForm:kind_input", kind, "importForm:import", ""), fileName,
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, result.status(), result.text());
        assertNotNull(result.textOf("importSummary"), "no import result shown: " + result.text());
        return result;
    }

    private static List<List<String>> problemRows(Browser.Page page) {
        return page.html().select("[id='problems_data'] tr").stream()
                .map(row -> row.select("td").eachText())
                .filter(cells -> cells.size() == 3)
                .toList();
    }

    private String deal(String id, String partner, String amount, String stage, String closedOn) {
        return String.join(",", tag + id, partner, "Customer " + id, amount, "USD", "sourced", stage, "2026-05-10",
                "2026-05-04", "", "2026-05-06", "", closedOn, "", "");
    }
}
