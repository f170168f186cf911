package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Forms a role may not use do not run for it: a postback crafted with the form's fields and the
 * page's view state, by a signed-in user whose page does not show the form, runs no action (the
 * page answers as if nothing was pressed) and changes nothing, on the demo data of Acme.
 */
class CraftedPostbackIT {

    private static final String PASSWORD = "demo";
    private static final String PROGRAM = BASE + "/vendor/program.xhtml";

    @Test
    void anExecutiveOrAPartnerManagerCannotDecideATierProposal() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(PROGRAM);
        Element option = alice.html().selectFirst("#decideForm select[name=proposal] option");
        assertNotNull(option, alice.textOf("proposals"));
        String proposals = alice.textOf("proposals");
        for (String user : new String[] {"erin", "max"}) {
            Browser.Page page = Browser.signIn(user, PASSWORD).browser().get(PROGRAM);
            assertNull(page.html().getElementById("decideForm"), user + " is shown no decision form");
            for (String button : new String[] {"decideForm:approve", "decideForm:reject"}) {
                Browser.Page crafted = page.postback("decideForm", Map.of("proposal", option.val(),
                        "decideForm:reason", "crafted by " + user, button, ""));
                assertRunsNothing(crafted, user + " " + button + ": " + crafted.text());
            }
        }
        assertEquals(proposals, alice.browser().get(PROGRAM).textOf("proposals"), "no proposal decided");
    }

    @Test
    void anExecutiveCannotRecompute() throws Exception {
        Browser.Page erin = Browser.signIn("erin", PASSWORD).browser().get(PROGRAM);
        assertNull(erin.html().getElementById("recomputeForm"));
        Browser.Page crafted = erin.postback("recomputeForm", Map.of("recomputeForm:recompute", ""));
        assertRunsNothing(crafted, crafted.text());
        assertFalse(crafted.text().contains("Recomputed"), crafted.text());
    }

    @Test
    void anExecutiveCannotScheduleOrCancelAQbrNorAPartnerManagerOverrideASegment() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(PROGRAM);
        Element link = alice.html().selectFirst("#scheduledQbrs a:contains(Brightpath Solutions)");
        assertNotNull(link, alice.textOf("scheduledQbrs"));
        String partnerPage = link.absUrl("href");
        String partnerId = partnerPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
        Browser.Page max = Browser.signIn("max", PASSWORD).browser().get(partnerPage);
        Element qbr = max.html().selectFirst("#qbrForm select[name=qbr] option");
        assertNotNull(qbr, max.textOf("qbrs"));
        String qbrs = max.textOf("qbrs");
        String standing = alice.browser().get(partnerPage).textOf("tierProgress");

        Browser.Page erin = Browser.signIn("erin", PASSWORD).browser().get(partnerPage);
        assertNull(erin.html().getElementById("scheduleForm"));
        assertNull(erin.html().getElementById("qbrForm"));
        String quarter = ProgramCalendar.currentQuarter().next().toString();
        Browser.Page schedule = erin.postback("scheduleForm", Map.of("partnerId", partnerId, "qbrQuarter", quarter,
                "scheduleForm:date", "2031-01-15", "scheduleForm:time", "15:00", "scheduleForm:schedule", ""));
        assertRunsNothing(schedule, schedule.text());
        for (String button : new String[] {"qbrForm:cancel", "qbrForm:held", "qbrForm:reschedule"}) {
            Browser.Page crafted = erin.postback("qbrForm", Map.of("partnerId", partnerId, "qbr", qbr.val(),
                    "qbrForm:date", "2031-02-01", "qbrForm:time", "10:00", button, ""));
            assertRunsNothing(crafted, button + ": " + crafted.text());
        }
        assertEquals(qbrs, max.browser().get(partnerPage).textOf("qbrs"), "no QBR scheduled, moved or cancelled");

        assertNull(max.html().getElementById("overrideForm"));
        Browser.Page override = max.postback("overrideForm", Map.of("partnerId", partnerId,
                "quarter", ProgramCalendar.currentQuarter().toString(),
                "standingVersion", "0", "overrideForm:segment_input", "LONG_TAIL",
                "overrideForm:reason", "crafted by max", "overrideForm:override", ""));
        assertRunsNothing(override, override.text());
        assertEquals(standing, alice.browser().get(partnerPage).textOf("tierProgress"), "no segment overridden");
    }

    @Test
    void aPartnerUserCannotQuestionADefinition() throws Exception {
        String definitions = BASE + "/partner/definitions.xhtml";
        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(definitions);
        String revenue = paula.textOf("definition-ATTRIBUTED_REVENUE");
        Browser.Page sam = Browser.signIn("sam", PASSWORD).browser().get(definitions);
        assertNull(sam.html().getElementById("questionForm"));
        Element section = sam.html().getElementById("definition-ATTRIBUTED_REVENUE");
        assertNotNull(section, sam.text());
        Browser.Page crafted = sam.postback("questionForm", Map.of("questionForm:question", "crafted by sam",
                "questionForm:send", ""));
        assertRunsNothing(crafted, crafted.text());
        assertEquals(revenue, paula.browser().get(definitions).textOf("definition-ATTRIBUTED_REVENUE"),
                "no question recorded");
    }

    /**
     * The answer to a crafted postback: the page as if nothing was pressed (200), or a refusal page
     * (400 for a form that did not come from the page, 403) that says nothing was changed; never a 500.
     */
    private static void assertRunsNothing(Browser.Page answer, String what) {
        assertTrue(answer.status() == 200 || (answer.status() == 400 || answer.status() == 403)
                && answer.text().contains("Nothing was changed"), answer.status() + " " + what);
    }
}
