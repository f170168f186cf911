package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The program dashboard, the program settings and the tier progress over HTTP through the real
 * Keycloak login, on the demo data: who may open what, what another vendor's or another
 * partner's user gets for the same URLs, and deciding a tier proposal from the page.
 */
class ProgramPagesIT {

    private static final String PASSWORD = "demo";

    @Test
    void theDashboardShowsTheVendorsOwnSegmentsProposalsAndReviewsOnly() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        assertEquals(200, alice.status());
        String totals = alice.textOf("segmentTotals");
        assertTrue(totals.matches("Strategic \\d+ · Growth \\d+ · Tail \\d+ · Long-tail \\d+"), totals);
        assertEquals(30, java.util.Arrays.stream(totals.split(" · ")).mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", "")))
                .sum(), totals);
        assertNotNull(alice.html().getElementById("segmentChart"), "the chart is on the page");
        String proposals = alice.textOf("proposals");
        assertTrue(proposals.contains("Promotion Silver → Gold"), proposals);
        assertTrue(proposals.contains("Demotion Gold → Silver") && proposals.contains("in its grace period until"),
                proposals);
        assertFalse(proposals.contains("Brightpath"), "Brightpath stays Gold: " + proposals);
        assertTrue(alice.textOf("scheduledQbrs").contains("Brightpath Solutions"), alice.textOf("scheduledQbrs"));
        assertTrue(alice.html().select("#scheduledQbrs li.qbr").first().text()
                .matches("\\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d C[SD]T \\(America/Chicago\\) with .+ \\(\\d{4}-Q\\d,"
                        + " \\d+ minutes\\)( · agenda .+ · pre-read .+)?"),
                alice.textOf("scheduledQbrs"));
        assertFalse(alice.html().select("#toSchedule li").isEmpty(), "demo partners without a QBR this quarter");
        assertFalse(alice.textOf("toSchedule").contains("Brightpath"), alice.textOf("toSchedule"));
        Quarter previous = ProgramCalendar.currentQuarter().previous();
        assertTrue(alice.textOf("overdue").contains(": no QBR held for " + previous), alice.textOf("overdue"));
        assertFalse(alice.text().contains("Summit Resellers"), "Globex's partner on Acme's dashboard");

        Browser.Page gina = Browser.signIn("gina", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        assertEquals(200, gina.status());
        assertFalse(gina.text().contains("Brightpath"), "Acme's partner on Globex's dashboard");
        assertFalse(gina.textOf("proposals").contains("Sterling"), "Acme's proposal on Globex's dashboard");
    }

    @Test
    void partnerUsersGetForbiddenOnTheVendorsProgramPagesAndOnlyAdminsOpenTheSettings() throws Exception {
        Browser.Page paula = Browser.signIn("paula", PASSWORD);
        assertEquals(403, paula.browser().get(BASE + "/vendor/program.xhtml").status());
        assertEquals(403, paula.browser().get(BASE + "/vendor/program-settings.xhtml").status());
        assertEquals(403, Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/program-settings.xhtml").status());
        Browser.Page settings = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals(200, settings.status());
        assertTrue(settings.textOf("ladder").contains("Tier ladder (version 1)"), settings.textOf("ladder"));
    }

    @Test
    void eachPartnerUserSeesItsOwnProgressAndAnotherVendorsPartnerUrlAnswersNotFound() throws Exception {
        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(BASE + "/partner/home.xhtml");
        assertEquals("Gold", paula.textOf("currentTier"));
        assertEquals("Platinum", paula.textOf("nextTier"));
        assertTrue(paula.textOf("progressSummary").matches("\\d+ more won deals and \\$[0-9,]+ revenue by \\d{4}-\\d{2}-\\d{2}"),
                paula.textOf("progressSummary"));
        assertFalse(paula.text().contains("Orbit"), paula.text());

        Browser.Page omar = Browser.signIn("omar", PASSWORD).browser().get(BASE + "/partner/home.xhtml");
        assertEquals("Orbit Integrations", omar.textOf("partnerName"));
        assertEquals("Silver", omar.textOf("currentTier"));
        assertEquals("Gold", omar.textOf("nextTier"));
        assertFalse(omar.text().contains("Brightpath"), omar.text());

        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element link = alice.browser().get(BASE + "/vendor/program.xhtml").html()
                .select("#scheduledQbrs a:contains(Brightpath Solutions)").first();
        assertNotNull(link, "Brightpath is linked from the dashboard");
        Browser.Page detail = alice.browser().get(link.absUrl("href"));
        assertEquals(200, detail.status());
        assertEquals("Platinum", detail.textOf("nextTier"));
        Browser.Page foreign = Browser.signIn("gina", PASSWORD).browser().get(link.absUrl("href"));
        assertEquals(404, foreign.status());
        assertFalse(foreign.text().contains("Brightpath"), foreign.text());
        assertEquals(403, Browser.signIn("omar", PASSWORD).browser().get(link.absUrl("href")).status());
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedAndARejectionWithOneRemovesTheProposal() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page dashboard = gina.browser().get(BASE + "/vendor/program.xhtml");
        Element option = dashboard.html().selectFirst("#decideForm select[name=proposal] option");
        assertNotNull(option, dashboard.textOf("proposals"));
        String proposal = dashboard.html().select("#proposals .proposal").first().text();

        Browser.Page refused = dashboard.submit("decideForm", Map.of("proposal", option.val(),
                "decideForm:reason", " ", "decideForm:reject", ""));
        assertEquals(200, refused.status());
        assertTrue(refused.text().contains("Nothing decided: Give a reason for the decision."), refused.text());
        assertEquals(proposal, gina.browser().get(BASE + "/vendor/program.xhtml").html()
                .select("#proposals .proposal").first().text(), "nothing changed");

        String stale = option.val().replaceAll(":\\d+$", ":999");
        Browser.Page refusedStale = dashboard.submit("decideForm", Map.of("proposal", stale,
                "decideForm:reason", "Looks fine", "decideForm:approve", ""));
        assertTrue(refusedStale.text().contains("changed since you opened it; reload and try again."), refusedStale.text());

        Browser.Page rejected = dashboard.submit("decideForm", Map.of("proposal", option.val(),
                "decideForm:reason", "Certification booked for next month", "decideForm:reject", ""));
        assertTrue(rejected.response().body().contains("Rejected: "), rejected.text());
        Browser.Page after = gina.browser().get(BASE + "/vendor/program.xhtml");
        assertFalse(after.textOf("proposals").contains(proposal.substring(0, proposal.indexOf(':'))),
                after.textOf("proposals"));
    }

    @Test
    void badSettingsAreRefusedWithAClearMessageAndAStaleSaveIsRefused() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page first = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page second = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page bad = first.submit("settingsForm", Map.of("settingsForm:strategic", "60",
                "settingsForm:growth", "50", "settingsForm:saveSettings", ""));
        assertTrue(bad.response().body().contains("Not saved: The strategic and growth shares must be 0 to 100 percent together."),
                bad.text());
        Browser.Page reread = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals("10", reread.html().getElementById("settingsForm:strategic").val(), "nothing changed");

        Browser.Page saved = first.submit("settingsForm", Map.of("settingsForm:strategic", "10",
                "settingsForm:growth", "20", "settingsForm:saveSettings", ""));
        assertTrue(saved.response().body().contains("Saved the segment settings"), saved.text());
        Browser.Page stale = second.submit("settingsForm", Map.of("settingsForm:strategic", "15",
                "settingsForm:saveSettings", ""));
        assertTrue(stale.response().body().contains("Not saved: Someone changed the segment settings since you opened them"),
                stale.text());
        assertEquals("10", gina.browser().get(BASE + "/vendor/program-settings.xhtml").html()
                .getElementById("settingsForm:strategic").val());
    }

    @Test
    void outOfRangeAndNonNumericSettingsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page page = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Map<String, String> before = settingsOf(page);
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("settingsForm:strategic=-5", "Not saved: Strategic share (%): -5 is outside 0 to 100.");
        refusals.put("settingsForm:strategic=150", "Not saved: Strategic share (%): 150 is outside 0 to 100.");
        refusals.put("settingsForm:threshold=10000000000000000000",
                "Not saved: Long-tail threshold: \"10000000000000000000\" is not an amount; write it like 5000 or 5000.50.");
        refusals.put("settingsForm:threshold=1e999999999",
                "Not saved: Long-tail threshold: \"1e999999999\" is not an amount; write it like 5000 or 5000.50.");
        refusals.put("settingsForm:threshold=10000000000",
                "Not saved: Long-tail threshold: 10000000000 is outside 0 to below 10,000,000,000.");
        refusals.put("settingsForm:grace=100000", "Not saved: Demotion grace period (days): 100000 is outside 0 to 365.");
        refusals.put("settingsForm:grace=abc",
                "Not saved: Demotion grace period (days): \"abc\" is not a whole number; enter one from 0 to 365.");
        refusals.put("settingsForm:growth=", "Not saved: Growth share (%): enter a whole number from 0 to 100.");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            String[] field = refusal.getKey().split("=", 2);
            Browser.Page refused = page.submit("settingsForm", Map.of(field[0], field.length > 1 ? field[1] : "",
                    "settingsForm:saveSettings", ""));
            assertEquals(200, refused.status(), refusal.getKey());
            assertEquals(List.of(refusal.getValue()), refused.html().select("#messages .ui-messages-error-summary")
                    .eachText(), refusal.getKey());
            assertEquals(before, settingsOf(gina.browser().get(BASE + "/vendor/program-settings.xhtml")),
                    refusal.getKey() + ": nothing saved");
        }
    }

    @Test
    void eachSegmentsFormatIsStoredAsEditedConfirmedOnceAndAnEmptyFieldIsRefused() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        for (String segment : List.of("STRATEGIC", "GROWTH", "TAIL", "LONG_TAIL")) {
            String form = "format_" + segment;
            Browser.Page page = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
            Map<String, String> original = formatOf(page, form);
            Map<String, String> edited = new java.util.LinkedHashMap<>(original);
            edited.put(form + ":minutes", "25");
            edited.put(form + ":meeting", "Edited review of " + segment);
            edited.put(form + ":between", "Edited between reviews of " + segment);
            Map<String, String> post = new java.util.LinkedHashMap<>(edited);
            post.put(form + ":saveFormat", "");
            Browser.Page saved = page.submit(form, post);
            String label = segment.equals("LONG_TAIL") ? "long-tail" : segment.toLowerCase(java.util.Locale.ROOT);
            assertEquals(1, saved.text().split("Saved the " + label + " review format\\.", -1).length - 1,
                    "the confirmation is shown once: " + saved.text());
            Browser.Page reread = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
            assertEquals(edited, formatOf(reread, form), segment + ": stored as typed");

            Map<String, String> emptied = new java.util.LinkedHashMap<>(edited);
            emptied.put(form + ":between", " ");
            emptied.put(form + ":saveFormat", "");
            Browser.Page refused = reread.submit(form, emptied);
            assertEquals(List.of("Not saved (" + label + " format): Describe what happens between reviews in 1 to 300"
                    + " characters."), refused.html().select("#messages .ui-messages-error-summary").eachText());
            assertFalse(refused.text().contains("Saved the"), refused.text());
            Browser.Page unchanged = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
            assertEquals(edited, formatOf(unchanged, form), segment + ": the refused save changed nothing");

            Map<String, String> back = new java.util.LinkedHashMap<>(original);
            back.put(form + ":saveFormat", "");
            assertTrue(unchanged.submit(form, back).text().contains("Saved the " + label + " review format."));
        }
    }

    @Test
    void aPastQuartersSegmentCannotBeOverriddenByEditingTheHiddenQuarter() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element link = alice.browser().get(BASE + "/vendor/partners.xhtml").html()
                .select("a.partner-name:contains(Brightpath Solutions)").first();
        assertNotNull(link, "Brightpath is on the first page of the partner list");
        Browser.Page page = alice.browser().get(link.absUrl("href"));
        assertTrue(page.textOf("segmentMeaning").startsWith("The next QBR of Brightpath Solutions is on "),
                "said about the partner, not to it: " + page.textOf("segmentMeaning"));
        assertEquals(List.of("max"), page.html().select("#qbrs tr.qbr td:last-child").eachText().stream().distinct()
                .toList(), "the demo's QBRs were scheduled by a person");
        Quarter current = Quarter.parse(page.html().selectFirst("#overrideForm input[name=quarter]").val());
        String segment = page.textOf("segment");
        Browser.Page refused = page.submit("overrideForm", Map.of("quarter", current.previous().toString(),
                "overrideForm:segment_input", "LONG_TAIL", "overrideForm:reason", "Back-dating the segment",
                "overrideForm:override", ""));
        assertTrue(said(refused).contains("Not changed: Only the current standing (" + current + ") can be overridden;"
                + " the segment of " + current.previous() + " is history."), said(refused));
        assertEquals(segment, refused.textOf("segment"), "nothing changed");
        assertFalse(refused.text().contains("Back-dating"), refused.text());
    }

    /** The segment settings form's fields as the page shows them. */
    private static Map<String, String> settingsOf(Browser.Page page) {
        Map<String, String> values = new java.util.TreeMap<>();
        for (String field : List.of("strategic", "growth", "threshold", "grace")) {
            values.put(field, page.html().getElementById("settingsForm:" + field).val());
        }
        return values;
    }

    /** One segment's format form as the page shows it: cadence, minutes, meeting and between reviews. */
    private static Map<String, String> formatOf(Browser.Page page, String form) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(form + ":cadence_input", selected(page, form + ":cadence_input"));
        for (String field : List.of("minutes", "meeting", "between")) {
            Element input = page.html().getElementById(form + ":" + field);
            assertNotNull(input, form + ":" + field + " on the page");
            values.put(form + ":" + field, input.val());
        }
        return values;
    }

    @Test
    void aVendorAdminOverridesASegmentOnlyWithAReasonAndItShowsOnThePartnersPage() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element link = alice.browser().get(BASE + "/vendor/partners.xhtml").html()
                .select("a.partner-name:contains(Ashford Labs)").first();
        assertNotNull(link, "Ashford Labs is on the first page of the partner list");
        Browser.Page page = alice.browser().get(link.absUrl("href"));
        String before = page.textOf("segment");
        Browser.Page refused = page.submit("overrideForm", Map.of("overrideForm:segment_input", "LONG_TAIL",
                "overrideForm:reason", "", "overrideForm:override", ""));
        assertTrue(refused.response().body().contains("Not changed: Say why the segment is overridden."), refused.text());
        assertEquals(before, refused.textOf("segment"), "nothing changed");

        Browser.Page changed = refused.submit("overrideForm", Map.of("overrideForm:segment_input", "LONG_TAIL",
                "overrideForm:reason", "Reselling through a distributor from next quarter", "overrideForm:override", ""));
        assertEquals("Long-tail", changed.textOf("segment"));
        assertTrue(changed.text().contains("Set by the vendor: Reselling through a distributor from next quarter"),
                changed.text());
        assertNotNull(Browser.signIn("max", PASSWORD).browser().get(link.absUrl("href")).html().getElementById("segment"));
        assertEquals(null, Browser.signIn("max", PASSWORD).browser().get(link.absUrl("href")).html()
                .getElementById("overrideForm"), "partner managers read, vendor admins override");
    }

    @Test
    void aBadLadderIsRefusedAndAStalePublishToo() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page first = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page second = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals("Silver", first.html().getElementById("ladderForm:tiers:1:name").val());

        Browser.Page bad = first.submit("ladderForm", Map.of("ladderForm:tiers:1:name", "Registered",
                "ladderForm:publishLadder", ""));
        assertTrue(bad.text().contains("Not published: Tier 2: the name Registered is used twice."), bad.text());
        assertTrue(gina.browser().get(BASE + "/vendor/program-settings.xhtml").textOf("ladder")
                .contains("Tier ladder (version 1)"), "nothing published");

        Browser.Page published = first.submit("ladderForm", Map.of("ladderForm:tiers:1:name", "Silver",
                "ladderForm:publishLadder", ""));
        assertTrue(published.response().body().contains("Published version 2 of the tier ladder."), published.text());
        assertTrue(published.textOf("ladder").contains("Tier ladder (version 2)"), published.textOf("ladder"));
        Browser.Page stale = second.submit("ladderForm", Map.of("ladderForm:publishLadder", ""));
        assertTrue(stale.text().contains("Not published: Someone published a new version of the ladder since you opened"
                + " it; reload and try again."), stale.text());
        // partners keep the tiers they were approved under
        assertEquals("Platinum", Browser.signIn("pete", PASSWORD).browser().get(BASE + "/partner/home.xhtml")
                .textOf("currentTier"));
    }

    @Test
    void aQbrIsScheduledRescheduledAndCancelledOnThePartnersPageAndTheDashboardFollows() throws Exception {
        Browser.Page greg = Browser.signIn("greg", PASSWORD);
        Browser.Page dashboard = greg.browser().get(BASE + "/vendor/program.xhtml");
        Element link = dashboard.html().selectFirst("#toSchedule a");
        assertNotNull(link, dashboard.textOf("toSchedule"));
        String name = link.text();
        Quarter current = ProgramCalendar.currentQuarter();
        Browser.Page page = greg.browser().get(link.absUrl("href"));
        assertEquals(List.of(), qbrsOf(page, current), "to schedule: no QBR of this quarter yet");

        Browser.Page past = page.submit("scheduleForm", Map.of("qbrQuarter", current.toString(),
                "scheduleForm:date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "scheduleForm:time", "10:00", "scheduleForm:schedule", ""));
        // greg chose no time zone: he enters and reads times in Orbit's program zone, Europe/Berlin
        assertTrue(said(past).contains("Not scheduled: " + berlin(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "10:00") + " is in the past"), said(past));
        Browser.Page notADate = page.submit("scheduleForm", Map.of("qbrQuarter", current.toString(),
                "scheduleForm:date", "2027-02-30", "scheduleForm:time", "10:00", "scheduleForm:schedule", ""));
        assertTrue(said(notADate).contains("Not scheduled: '2027-02-30' is not a date: write it like 2026-12-03."),
                said(notADate));
        assertEquals(List.of(), qbrsOf(greg.browser().get(link.absUrl("href")), current), "nothing scheduled");

        String day = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        Browser.Page scheduled = page.submit("scheduleForm", Map.of("qbrQuarter", current.toString(),
                "scheduleForm:date", day, "scheduleForm:time", "14:30", "scheduleForm:schedule", ""));
        assertTrue(said(scheduled).contains("Scheduled the " + current + " QBR of " + name + " for " + berlin(day, "14:30")
                + "."), said(scheduled));
        assertEquals(List.of(berlin(day, "14:30") + " Scheduled greg"), qbrsOf(scheduled, current));
        Browser.Page twice = scheduled.submit("scheduleForm", Map.of("qbrQuarter", current.toString(),
                "scheduleForm:date", day, "scheduleForm:time", "16:00", "scheduleForm:schedule", ""));
        assertTrue(said(twice).contains("Not scheduled: " + name + " already has a QBR for " + current
                + ", scheduled for " + berlin(day, "14:30") + "; reschedule it instead."), twice.text());

        Browser.Page after = greg.browser().get(BASE + "/vendor/program.xhtml");
        assertTrue(after.textOf("scheduledQbrs").contains(berlin(day, "14:30") + " with " + name), after.textOf("scheduledQbrs"));
        assertFalse(after.html().select("#toSchedule a").eachText().contains(name), after.textOf("toSchedule"));

        Browser.Page first = greg.browser().get(link.absUrl("href"));
        Browser.Page second = greg.browser().get(link.absUrl("href"));
        String later = LocalDate.now(ZoneOffset.UTC).plusDays(4).toString();
        Browser.Page moved = first.submit("qbrForm", Map.of("qbr", choice(first), "qbrForm:date", later,
                "qbrForm:time", "09:00", "qbrForm:reschedule", ""));
        assertTrue(said(moved).contains("Moved the " + current + " QBR of " + name + " to " + berlin(later, "09:00")
                + "."), said(moved));
        Browser.Page stale = second.submit("qbrForm", Map.of("qbr", choice(second), "qbrForm:cancel", ""));
        assertTrue(said(stale).contains("Not cancelled: The " + current + " QBR of " + name
                + " changed since you opened it; reload and try again."), stale.text());
        Browser.Page early = moved.submit("qbrForm", Map.of("qbr", choice(moved), "qbrForm:held", ""));
        assertTrue(said(early).contains("it can be marked held from then."), said(early));
        assertEquals(List.of(berlin(later, "09:00") + " Scheduled greg"), qbrsOf(early, current), "nothing changed");

        Browser.Page cancelled = early.submit("qbrForm", Map.of("qbr", choice(early), "qbrForm:cancel", ""));
        assertTrue(said(cancelled).contains("Cancelled the " + current + " QBR of " + name + "."),
                cancelled.text());
        assertEquals(List.of(berlin(later, "09:00") + " Cancelled greg"), qbrsOf(cancelled, current));
        assertTrue(greg.browser().get(BASE + "/vendor/program.xhtml").html().select("#toSchedule a").eachText()
                .contains(name), "back among the partners to schedule");

        // executives read the QBRs but get no form; partner users get no vendor page; another vendor gets 404
        Browser.Page gabe = Browser.signIn("gabe", PASSWORD).browser().get(link.absUrl("href"));
        assertEquals(200, gabe.status());
        assertEquals(List.of(berlin(later, "09:00") + " Cancelled greg"), qbrsOf(gabe, current));
        assertEquals(null, gabe.html().getElementById("scheduleForm"));
        assertEquals(403, Browser.signIn("pete", PASSWORD).browser().get(link.absUrl("href")).status());
        assertEquals(404, Browser.signIn("alice", PASSWORD).browser().get(link.absUrl("href")).status());
    }

    @Test
    void theProgramReviewDayIsSavedOnTheSettingsPageAndAStaleSaveIsRefused() throws Exception {
        // acme's, not globex's: badSettingsAreRefusedWithAClearMessageAndAStaleSaveIsRefused counts on globex's
        // settings never having been saved (a save of unchanged values changes no version)
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Browser.Page first = alice.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page second = alice.browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals("FIRST TUESDAY", reviewDay(first));

        Browser.Page saved = saveReviewDay(first, "LAST", "FRIDAY");
        assertTrue(saved.response().body().contains("Saved: the monthly program review is held on the last Friday of"
                + " every month."), saved.text());
        assertEquals("LAST FRIDAY", reviewDay(saved));

        Browser.Page stale = saveReviewDay(second, "SECOND", "MONDAY");
        assertTrue(stale.response().body().contains("Not saved: Someone changed the program settings since you opened"
                + " them; reload and try again."), stale.text());
        Browser.Page reread = alice.browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals("LAST FRIDAY", reviewDay(reread), "the stale save changed nothing");

        Browser.Page back = saveReviewDay(reread, "FIRST", "TUESDAY");
        assertTrue(back.response().body().contains("the first Tuesday of every month"), back.text());
    }

    private static Browser.Page saveReviewDay(Browser.Page settings, String week, String day) throws Exception {
        return settings.submit("programReviewForm", Map.of("programReviewForm:week_input", week,
                "programReviewForm:day_input", day, "programReviewForm:saveProgramReview", ""));
    }

    /** The program review day the settings page shows selected: "FIRST TUESDAY". */
    private static String reviewDay(Browser.Page settings) {
        return selected(settings, "programReviewForm:week_input") + " " + selected(settings, "programReviewForm:day_input");
    }

    /** A date and time entered in Berlin as the pages show it: "Thu 2026-12-10 14:30 CET (Europe/Berlin)". */
    private static String berlin(String day, String time) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        return Deadlines.shown(LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(berlin).toInstant(), berlin);
    }

    /** The page with what its growl says readable: the growl's script escapes some - and /, and every ' ("\\-", "\\x27"). */
    private static String said(Browser.Page page) {
        return page.response().body().replace("\\-", "-").replace("\\x27", "'").replace("\\/", "/");
    }

    /** The partner page's QBRs of a quarter, newest first: "2026-12-03 15:00 UTC Scheduled greg". */
    private static List<String> qbrsOf(Browser.Page page, Quarter quarter) {
        return page.html().select("#qbrs tr.qbr").stream()
                .filter(row -> row.child(0).text().equals(quarter.toString()))
                .map(row -> row.child(1).text() + " " + row.child(3).text() + " " + row.child(4).text()).toList();
    }

    /** The first QBR offered by the partner page's change form, as "id:version". */
    private static String choice(Browser.Page page) {
        Element option = page.html().selectFirst("#qbrForm select[name=qbr] option");
        assertNotNull(option, page.text());
        return option.val();
    }

    private static String selected(Browser.Page page, String selectName) {
        Element option = page.html().selectFirst("select[name=\"" + selectName + "\"] option[selected]");
        return option == null ? null : option.val();
    }
}
