package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.demo.DemoProgram;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The QBR workspace over HTTP through the real Keycloak login, on the demo data: the vendor edits
 * Brightpath's agenda, Paula adds a topic and answers the health check, the vendor answers and
 * sees the gap; who may open the workspace and who gets its forms; the deadlines on the QBR list.
 */
class QbrPagesIT {

    private static final String PASSWORD = "demo";

    @Test
    void theVendorBuildsTheAgendaThePartnerAddsATopicAndAnswersTheHealthCheckAndTheVendorSeesTheGap()
            throws Exception {
        Browser.Page max = Browser.signIn("max", PASSWORD);
        Browser.Page list = max.browser().get(BASE + "/vendor/qbrs.xhtml");
        assertEquals(200, list.status());
        Element row = list.html().select("#upcoming tr.upcoming-qbr").stream()
                .filter(r -> r.text().contains("Brightpath Solutions")).findFirst().orElse(null);
        assertNotNull(row, list.textOf("upcoming"));
        assertTrue(row.text().matches(".*(due|on time|late|missed) \\(due \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d C[SD]T"
                + " \\(America/Chicago\\)\\).*"), row.text());
        String qbr = row.selectFirst("a").attr("href").replaceAll(".*qbr=(\\d+).*", "$1");

        // the demo's Brightpath QBR is a growth-segment meeting: 45 minutes, its template 5, 5, 5, 10, 15, 5
        Browser.Page workspace = max.browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr);
        assertEquals(200, workspace.status());
        Matcher length = Pattern.compile("(\\d+) minutes").matcher(
                workspace.html().select("p.qbr-when").text());
        assertTrue(length.find(), workspace.html().select("p.qbr-when").text());
        int meeting = Integer.parseInt(length.group(1));
        assertEquals(45, meeting, "the demo QBR's meeting length");
        Map<String, String> agenda = fields(workspace.html().getElementById("agendaForm"));
        int pipeline = row(workspace, "agendaForm", "Pipeline");
        int feedback = row(workspace, "agendaForm", "Partner feedback");
        int pipelineMinutes = Integer.parseInt(agenda.get("minutes_" + pipeline));
        int feedbackMinutes = Integer.parseInt(agenda.get("minutes_" + feedback));
        agenda.put("minutes_" + pipeline, String.valueOf(pipelineMinutes - 2));
        agenda.put("minutes_" + feedback, String.valueOf(feedbackMinutes + 3));
        Browser.Page refused = post(workspace, "agendaForm", agenda, "agendaForm:saveAgenda");
        assertEquals(200, refused.status());
        assertEquals("The agenda was not saved: The sections add up to " + (meeting + 1) + " minutes; the meeting is "
                + meeting + " minutes: take away 1 minute.", refused.textOf("messages"), refused.text());
        assertEquals(String.valueOf(pipelineMinutes), fields(refused.html().getElementById("agendaForm"))
                .get("minutes_" + pipeline), "nothing was saved");
        agenda.put("minutes_" + feedback, String.valueOf(feedbackMinutes + 2));
        Browser.Page saved = post(workspace, "agendaForm", agenda, "agendaForm:saveAgenda");
        String summary = summary(agenda);
        assertEquals("Agenda saved: " + summary + ".", saved.textOf("messages"), saved.text());
        assertTrue(saved.textOf("agenda").contains("Saved by max"), saved.textOf("agenda"));
        Browser.Page stale = post(workspace, "agendaForm", agenda, "agendaForm:saveAgenda");
        assertTrue(stale.textOf("messages").contains("max saved this agenda since you opened it; nothing of yours was"
                + " saved. Theirs: " + summary + "."), stale.textOf("messages"));

        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(BASE + "/partner/qbr.xhtml?qbr=" + qbr);
        assertEquals(200, paula.status());
        assertNull(paula.html().getElementById("agendaForm"), "the partner proposes topics, the vendor edits the agenda");
        assertTrue(paula.html().select("#agenda tr.agenda-section").stream()
                .anyMatch(r -> r.text().startsWith((pipelineMinutes - 2) + " Pipeline")), paula.textOf("agenda"));
        Map<String, String> topic = fields(paula.html().getElementById("topicForm"));
        topic.put("topic", "Co-marketing funds for the spring event");
        Browser.Page withTopic = post(paula, "topicForm", topic, "topicForm:proposeTopic");
        assertTrue("Topic added.".equals(withTopic.textOf("messages")), withTopic.text());
        assertTrue(withTopic.textOf("agenda").contains("Partner: Co-marketing funds for the spring event (paula) · not on"
                + " the agenda"), withTopic.textOf("agenda"));

        Map<String, String> ratings = fields(withTopic.html().getElementById("healthForm"));
        ratings.putAll(Map.of("rating_0", "2", "rating_1", "2", "rating_2", "4", "rating_3", "3"));
        Browser.Page answered = post(withTopic, "healthForm", ratings, "healthForm:answerHealth");
        assertTrue("Saved your side's health check.".equals(answered.textOf("messages")), answered.text());
        assertTrue(answered.textOf("health").contains("Each side sees the other side only once both answered"),
                answered.textOf("health"));

        Browser.Page vendorView = max.browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr);
        assertTrue(vendorView.textOf("health").contains("The partner has answered."), vendorView.textOf("health"));
        assertTrue(vendorView.html().select("#health table.health-gaps").isEmpty(), "blind until the vendor answers");
        assertTrue(vendorView.textOf("agenda").contains("The partner's topic \"Co-marketing funds for the spring event\""
                + " is not on the agenda."), vendorView.textOf("agenda"));
        Map<String, String> vendorRatings = fields(vendorView.html().getElementById("healthForm"));
        vendorRatings.putAll(Map.of("rating_0", "4", "rating_1", "4", "rating_2", "4", "rating_3", "3"));
        Browser.Page gaps = post(vendorView, "healthForm", vendorRatings, "healthForm:answerHealth");
        String table = gaps.html().select("#health table.health-gaps").text();
        assertTrue(table.contains("Communication 4 2 2 · flagged"), table);
        assertTrue(table.contains("Incentives alignment 4 2 2 · flagged"), table);
        assertTrue(table.contains("Executive engagement 4 4 0"), table);
    }

    @Test
    void onlyTheQbrsOwnVendorAndPartnerOpenItAndReadOnlyRolesGetNoForm() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element row = alice.browser().get(BASE + "/vendor/qbrs.xhtml").html().select("#upcoming tr.upcoming-qbr")
                .stream().filter(r -> r.text().contains("Brightpath Solutions")).findFirst().orElseThrow();
        String qbr = row.selectFirst("a").attr("href").replaceAll(".*qbr=(\\d+).*", "$1");
        assertEquals(404, Browser.signIn("gina", PASSWORD).browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr).status(),
                "another vendor");
        assertEquals(404, Browser.signIn("pete", PASSWORD).browser().get(BASE + "/partner/qbr.xhtml?qbr=" + qbr)
                .status(), "another vendor's partner");
        assertEquals(404, Browser.signIn("omar", PASSWORD).browser().get(BASE + "/partner/qbr.xhtml?qbr=" + qbr)
                .status(), "another partner of the vendor");
        assertEquals(404, alice.browser().get(BASE + "/vendor/qbr.xhtml?qbr=99999999999").status());
        assertEquals(404, alice.browser().get(BASE + "/vendor/qbr.xhtml?qbr=x1").status());
        Browser.Page paula = Browser.signIn("paula", PASSWORD);
        assertEquals(403, paula.browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr).status());
        assertEquals(403, paula.browser().get(BASE + "/vendor/qbrs.xhtml").status());

        for (String reader : new String[] {"sam", "erin"}) {
            Browser.Page page = Browser.signIn(reader, PASSWORD).browser().get(BASE + ("sam".equals(reader)
                    ? "/partner/qbr.xhtml?qbr=" : "/vendor/qbr.xhtml?qbr=") + qbr);
            assertEquals(200, page.status(), reader);
            assertTrue(page.html().select("#main form").stream().allMatch(f -> f.id().equals("pdfForm")),
                    reader + " gets no form: " + page.html().select("form").eachAttr("id"));
            assertTrue(page.textOf("agenda").contains("Previous commitments"), page.textOf("agenda"));
        }
        // a form a reader posts anyway changes nothing
        Browser.Page sam = Browser.signIn("sam", PASSWORD).browser().get(BASE + "/partner/qbr.xhtml?qbr=" + qbr);
        Browser.Page refused = sam.browser().post(BASE + "/partner/qbr.xhtml?qbr=" + qbr, Map.of("qbr", qbr,
                "topic", "Sneaked in"));
        assertFalse(refused.text().contains("Sneaked in"), refused.text());

        Browser.Page own = paula.browser().get(BASE + "/partner/qbrs.xhtml");
        assertEquals(200, own.status());
        assertTrue(own.textOf("qbrs").contains("Held"), own.textOf("qbrs"));
        assertFalse(own.text().contains("Orbit"), own.text());
    }

    @Test
    void theHeldQbrShowsItsRecord() throws Exception {
        Browser.Page paula = Browser.signIn("paula", PASSWORD);
        Element held = paula.browser().get(BASE + "/partner/qbrs.xhtml").html().select("#qbrs li.own-qbr a").stream()
                .filter(a -> a.text().contains(" · Held")).findFirst().orElseThrow();
        assertTrue(held.text().endsWith(" · Held · recap missed"), held.text());
        Browser.Page record = paula.browser().get(held.absUrl("href"));
        assertEquals(200, record.status());
        assertTrue(record.textOf("feedback").contains("Lead routing"), record.textOf("feedback"));
        assertTrue(record.textOf("meeting").contains("Acme approves within 48 hours from now on. (paula, Partner)"),
                record.textOf("meeting"));
        assertEquals(3, record.html().select("#people tr.attendee td:contains(yes)").size(), record.textOf("people"));
        assertTrue(record.html().select("#health table.health-gaps").text().contains("Incentives alignment 4 2 2 ·"
                + " flagged"), record.textOf("health"));
        assertFalse(record.html().select("#pipeline tr.pipeline-line").isEmpty(), record.textOf("pipeline"));
        assertTrue(record.textOf("preread").contains("Win rate fell; four deals are stuck.")
                || record.textOf("preread").contains("Published to the partner"), record.textOf("preread"));
        // the recap: missed long ago, and no draft for the partner; the vendor's draft and its send button
        assertTrue(record.textOf("recap").contains(", 24 hours after the meeting: missed."), record.textOf("recap"));
        assertTrue(record.textOf("recap").contains("The vendor has not sent the recap yet."), record.textOf("recap"));
        assertTrue(record.html().select("#recapForm").isEmpty());
        String qbr = held.absUrl("href").replaceAll(".*[?&]qbr=([0-9]+).*", "$1");
        Browser.Page vendor = Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr);
        assertTrue(vendor.textOf("recap").contains("Draft for your review: Recap of the "), vendor.textOf("recap"));
        assertTrue(vendor.textOf("recap").contains("Decisions\n- Registrations wait 6 days on average; Acme approves"
                + " within 48 hours from now on. (Erin Evans, Vendor)\n"), vendor.textOf("recap"));
        assertEquals(1, vendor.html().select("#recapForm").size());
        Browser.Page pdf = vendor.submit("recapPdfForm", Map.of("recapPdfForm:recapPdf", ""));
        assertEquals(200, pdf.status());
        assertTrue(pdf.response().headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("attachment; filename=\"recap-" + qbr + ".pdf\"", pdf.response().headers()
                .firstValue("Content-Disposition").orElse(""));
        assertTrue(pdf.response().body().startsWith("%PDF-"), "a PDF");
    }

    @Test
    void theCommitmentsBoardAndTheScorecardOverviewDownloadAsCsv() throws Exception {
        Browser.Page board = Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/commitments.xhtml");
        Browser.Page csv = board.submit("boardForm", Map.of("boardForm:exportCsv", ""));
        assertEquals(200, csv.status());
        assertTrue(csv.response().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = csv.response().body();
        assertTrue(text.startsWith("\uFEFFPartner,Side,Owner,Outcome,Due,Cadence,Status,Last check-in (UTC),Flags\r\n"),
                text);
        // The demo's first vendor commitment: due 12 days before the day the demo data was written (the day of its
        // check-in), not before the quarter's second day; overdue, and flagged so, when that is before today. No fixed
        // date: a run that crossed midnight UTC wrote the demo a day later.
        Matcher row = Pattern.compile("\r\nBrightpath Solutions,Vendor,Max Miller,hold 2 joint"
                + " pipeline reviews with Brightpath's sellers,(\\d{4}-\\d{2}-\\d{2}),Every two weeks,At risk,"
                + "(\\d{4}-\\d{2}-\\d{2})T[^,]+,(\"Overdue: due (\\d{4}-\\d{2}-\\d{2}), \\d+ days ago, and not done\")?\r\n")
                .matcher(text);
        assertTrue(row.find(), text);
        LocalDate written = LocalDate.parse(row.group(2));
        LocalDate due = written.with(IsoFields.DAY_OF_QUARTER, 2);
        due = due.isAfter(written.minusDays(12)) ? due : written.minusDays(12);
        assertEquals(due.toString(), row.group(1), row.group());
        boolean overdue = due.isBefore(ProgramCalendar.today());
        assertEquals(overdue ? due.toString() : null, row.group(4), "flagged overdue: " + row.group());
        Browser.Page overview = Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/scorecards.xhtml");
        // PrimeFaces' menus post their choice as <id>_input, a select the form helper does not collect: the quarter shown
        String quarter = overview.html().selectFirst("select[name=overviewForm:quarter_input] option[selected]").val();
        Browser.Page scorecards = overview.submit("overviewForm", Map.of("overviewForm:exportCsv", "",
                "overviewForm:quarter_input", quarter));
        assertEquals(200, scorecards.status());
        assertTrue(scorecards.response().body().startsWith("\uFEFFPartner,Type,Tier,Status,Health score,Revenue,"
                + "Revenue target,Pipeline coverage,Concerns\r\n"), scorecards.response().body());
        assertTrue(scorecards.response().body().contains("\r\nBrightpath Solutions,"), scorecards.response().body());
    }

    @Test
    void aViewerInAnotherZoneSeesTheSameMomentsInTheirZoneNamedWhileDeadlinesCountInTheProgramsZone()
            throws Exception {
        ZoneId chicago = ZoneId.of("America/Chicago");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Browser.Page erin = Browser.signIn("erin", PASSWORD);
        Browser.Page zonePage = erin.browser().get(BASE + "/time-zone.xhtml");
        assertEquals(200, zonePage.status());
        assertTrue(zonePage.textOf("currentZone").startsWith("Times show in America/Chicago, the program's time zone"),
                zonePage.textOf("currentZone"));
        Element row = brightpathRow(erin.browser().get(BASE + "/vendor/qbrs.xhtml"));
        String qbr = row.selectFirst("a").attr("href").replaceAll(".*qbr=(\\d+).*", "$1");
        Instant start = shownIn(row.child(2).text(), chicago);
        Instant agendaDue = Deadlines.due(Deadlines.Deadline.AGENDA, start, chicago);

        Browser.Page refused = zonePage.submit("zoneForm", Map.of("timeZone", "Mars/Olympus", "zoneForm:saveZone", ""));
        assertEquals("Not saved: 'Mars/Olympus' is not a time zone: write it like America/Chicago or Europe/Berlin.",
                refused.textOf("messages"));
        assertTrue(refused.textOf("currentZone").startsWith("Times show in America/Chicago"), "nothing changed");
        Browser.Page saved = refused.submit("zoneForm", Map.of("timeZone", "Europe/Berlin", "zoneForm:saveZone", ""));
        assertEquals("Saved: times show in Europe/Berlin.", saved.textOf("messages"));
        try {
            Browser.Page list = erin.browser().get(BASE + "/vendor/qbrs.xhtml");
            Element inBerlin = brightpathRow(list);
            assertEquals(Deadlines.shown(start, berlin), inBerlin.child(2).text(), "the same moment, in Berlin, named");
            assertTrue(inBerlin.child(3).text().endsWith("(due " + Deadlines.shown(agendaDue, berlin) + ")"),
                    inBerlin.child(3).text());
            assertTrue(list.html().select("#upcoming p.times-note").text().startsWith("Times in Europe/Berlin, your time"
                    + " zone"), list.textOf("upcoming"));
            Browser.Page workspace = erin.browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr);
            assertTrue(workspace.html().select("p.qbr-when").text().contains(Deadlines.shown(start, berlin)),
                    workspace.html().select("p.qbr-when").text());
            assertEquals(Deadlines.shown(agendaDue, berlin), workspace.html().select("#deadline-agenda td").get(1).text(),
                    "the deadline counted in Chicago, shown in Berlin");
            assertTrue(workspace.textOf("deadlines").contains("Counted in the program's time zone, America/Chicago"),
                    workspace.textOf("deadlines"));

            Browser.Page max = Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/qbrs.xhtml");
            assertEquals(Deadlines.shown(start, chicago), brightpathRow(max).child(2).text(), "max keeps the program's");
        } finally {
            Browser.Page back = erin.browser().get(BASE + "/time-zone.xhtml").submit("zoneForm",
                    Map.of("timeZone", "", "zoneForm:saveZone", ""));
            assertEquals("Saved: times show in the program's time zone, America/Chicago.", back.textOf("messages"));
        }
    }

    @Test
    void theVendorsAgendaTemplateKeepsTheRulesAndNewAgendasStartFromIt() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        // an upcoming QBR whose agenda nobody saved yet shows its length's template
        Browser.Page unsaved = null;
        for (Element a : alice.browser().get(BASE + "/vendor/qbrs.xhtml").html().select("#upcoming tr.upcoming-qbr a")) {
            Browser.Page page = alice.browser().get(a.absUrl("href"));
            if (page.textOf("agenda").contains("The template for this meeting length; not saved yet.")) {
                unsaved = page;
                break;
            }
        }
        assertNotNull(unsaved, "an upcoming demo QBR without a saved agenda");
        Matcher length = Pattern.compile("(\\d+) minutes").matcher(
                unsaved.html().select("p.qbr-when").text());
        assertTrue(length.find());
        String minutes = length.group(1);
        Browser.Page settings = alice.browser().get(BASE + "/vendor/program-settings.xhtml");
        Element form = settings.html().selectFirst("form.agenda-template[data-minutes=" + minutes + "]");
        assertNotNull(form, settings.textOf("agendaTemplates"));
        Map<String, String> template = fields(form);
        String before = summary(template);
        int jointPlan = row(form, "Joint plan");
        int winLoss = row(form, "Win/loss");
        int jointMinutes = Integer.parseInt(template.get("minutes_" + jointPlan));
        int winLossMinutes = Integer.parseInt(template.get("minutes_" + winLoss));
        try {
            // the joint plan shrunk by 1 minute and nothing added: two rules broken, both named
            template.put("minutes_" + jointPlan, String.valueOf(jointMinutes - 1));
            Browser.Page refused = post(settings, form, template);
            assertEquals("The " + minutes + "-minute template was not saved: The sections add up to "
                    + (Integer.parseInt(minutes) - 1) + " minutes; the meeting is " + minutes + " minutes: add 1 minute."
                    + " The joint-plan block is protected: at least " + jointMinutes + " minutes (it has "
                    + (jointMinutes - 1) + ").", refused.textOf("messages"));
            assertEquals("The portal's default: " + before, templateState(refused, minutes), "nothing saved");
            // every minute looking back: the share is named
            Map<String, String> backward = new LinkedHashMap<>(fields(form));
            backward.put("back_" + jointPlan, "on");
            assertTrue(post(settings, form, backward).textOf("messages").contains("minutes look back; at most 33% of"
                    + " the meeting"), "the look-back share");

            // a minute from win/loss to the joint plan keeps every rule
            template.put("minutes_" + jointPlan, String.valueOf(jointMinutes + 1));
            template.put("minutes_" + winLoss, String.valueOf(winLossMinutes - 1));
            Browser.Page saved = post(settings, form, template);
            String after = summary(template);
            assertEquals("The " + minutes + "-minute template is saved: " + after + ".", saved.textOf("messages"));
            assertEquals("Saved by alice: " + after, templateState(saved, minutes));
            Browser.Page stale = post(settings, form, template);
            assertTrue(stale.textOf("messages").startsWith("alice saved the " + minutes + "-minute template since you"
                    + " opened it; nothing of yours was saved. Theirs: " + after + "."), stale.textOf("messages"));

            // a new agenda of that length starts from it; the joint plan may no longer shrink below its minutes
            Browser.Page workspace = alice.browser().get(unsaved.url());
            assertTrue(workspace.html().select("#agenda tr.agenda-section").stream()
                    .anyMatch(r -> r.text().startsWith((jointMinutes + 1) + " Joint plan")), workspace.textOf("agenda"));
            Map<String, String> agenda = fields(workspace.html().getElementById("agendaForm"));
            int agendaJoint = row(workspace, "agendaForm", "Joint plan");
            agenda.put("minutes_" + agendaJoint, String.valueOf(jointMinutes));
            agenda.put("minutes_" + row(workspace, "agendaForm", "Win/loss"), String.valueOf(winLossMinutes));
            assertTrue(post(workspace, "agendaForm", agenda, "agendaForm:saveAgenda").textOf("messages").contains(
                    "The joint-plan block is protected: at least " + (jointMinutes + 1) + " minutes"), "the template's"
                    + " minimum");

            // another vendor keeps the default
            Browser.Page gina = Browser.signIn("gina", PASSWORD).browser().get(BASE + "/vendor/program-settings.xhtml");
            assertEquals("The portal's default: " + before, templateState(gina, minutes));
        } finally {
            Browser.Page fresh = alice.browser().get(BASE + "/vendor/program-settings.xhtml");
            Element current = fresh.html().selectFirst("form.agenda-template[data-minutes=" + minutes + "]");
            Map<String, String> emptied = new LinkedHashMap<>(fields(current));
            emptied.replaceAll((name, value) -> name.matches("(title|minutes|purpose)_\\d+") ? "" : value);
            emptied.keySet().removeIf(name -> name.startsWith("back_"));
            Browser.Page reset = post(fresh, current, emptied);
            assertEquals("The " + minutes + "-minute template is saved: " + before + " (the default).",
                    reset.textOf("messages"));
        }
    }

    @Test
    void anExecutiveSeesTheQbrsSheSponsors() throws Exception {
        Browser.Page erin = Browser.signIn("erin", PASSWORD);
        Browser.Page list = erin.browser().get(BASE + "/vendor/qbrs.xhtml");
        assertEquals(200, list.status());
        List<String> sponsored = list.html().select("#sponsored li.sponsored-qbr").eachText();
        assertTrue(sponsored.stream().anyMatch(q -> q.startsWith("Brightpath Solutions · " + ProgramCalendar
                .currentQuarter().previous() + " · ") && q.endsWith(" · Held")), sponsored.toString());
        Element held = list.html().selectFirst("#sponsored li.sponsored-qbr a");
        Browser.Page record = erin.browser().get(held.absUrl("href"));
        assertEquals(200, record.status());
        assertTrue(record.html().select("#people tr.attendee").stream().anyMatch(r -> r.text().contains("Erin Evans")
                && r.text().contains("executive sponsor")), record.textOf("people"));

        // max names erin the vendor's executive sponsor of Brightpath's upcoming QBR: her list shows it too
        Browser.Page max = Browser.signIn("max", PASSWORD);
        assertEquals("None.", max.browser().get(BASE + "/vendor/qbrs.xhtml").html().select("#sponsored p:not(.formula)").text(),
                "max sponsors none");
        String qbr = brightpathRow(max.browser().get(BASE + "/vendor/qbrs.xhtml")).selectFirst("a").attr("href")
                .replaceAll(".*qbr=(\\d+).*", "$1");
        Browser.Page workspace = max.browser().get(BASE + "/vendor/qbr.xhtml?qbr=" + qbr);
        Map<String, String> person = fields(workspace.html().getElementById("attendeeForm"));
        person.putAll(Map.of("side", "VENDOR", "name", "Erin Evans", "email", "erin@acme.example", "username", "erin",
                "title", "VP Channels", "executiveSponsor", "on"));
        Browser.Page added = post(workspace, "attendeeForm", person, "attendeeForm:addAttendee");
        assertEquals("Added Erin Evans (vendor side).", added.textOf("messages"));
        List<String> now = erin.browser().get(BASE + "/vendor/qbrs.xhtml").html().select("#sponsored li.sponsored-qbr")
                .eachText();
        assertEquals(sponsored.size() + 1, now.size(), now.toString());
        assertTrue(now.stream().anyMatch(q -> q.startsWith("Brightpath Solutions · " + ProgramCalendar.currentQuarter()
                + " · ") && q.endsWith(" · Scheduled")), now.toString());

        // another vendor's executive sponsors none of Acme's
        assertFalse(Browser.signIn("gabe", PASSWORD).browser().get(BASE + "/vendor/qbrs.xhtml").textOf("sponsored")
                .contains("Brightpath"), "another vendor");
    }

    @Test
    void theDashboardsQbrListShowsTheDeadlineStatusAsTheQbrListDoes() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element row = brightpathRow(alice.browser().get(BASE + "/vendor/qbrs.xhtml"));
        String agenda = row.child(3).text();
        String preRead = row.child(4).text();
        assertTrue(agenda.matches("(due|on time|late|missed) \\(due \\w{3} .+ C[SD]T \\(America/Chicago\\)\\)"), agenda);
        Browser.Page dashboard = alice.browser().get(BASE + "/vendor/program.xhtml");
        Element line = dashboard.html().select("#scheduledQbrs li.qbr").stream()
                .filter(li -> li.text().contains("Brightpath Solutions")).findFirst()
                .orElseThrow(() -> new AssertionError(dashboard.textOf("scheduledQbrs")));
        assertTrue(line.text().endsWith("minutes) · agenda " + agenda + " · pre-read " + preRead), line.text());
    }

    /** "Previous commitments 5, Scorecard 5, ...": the rows of an agenda or template form's fields, in order. */
    private static String summary(Map<String, String> form) {
        List<String> sections = new java.util.ArrayList<>();
        for (int i = 0; form.containsKey("title_" + i); i++) {
            if (!form.get("title_" + i).isBlank()) {
                sections.add(form.get("title_" + i) + " " + form.get("minutes_" + i));
            }
        }
        return String.join(", ", sections);
    }

    private static String templateState(Browser.Page settings, String minutes) {
        Element form = settings.html().selectFirst("form.agenda-template[data-minutes=" + minutes + "]");
        assertNotNull(form, settings.textOf("agendaTemplates"));
        return form.previousElementSibling().text();
    }

    /** Posts a template form with its save button. */
    private static Browser.Page post(Browser.Page page, Element form, Map<String, String> fields) throws Exception {
        return post(page, form, fields, form.selectFirst("button[name$=saveTemplate]").attr("name"));
    }

    @Test
    void aPartnerManagersBookComesFirstInEachQbrListMarkedYoursAndAVendorAdminsListsMarkNone() throws Exception {
        DemoProgram acme = DemoProgram.all().stream().filter(p -> p.vendorCode().equals("acme")).findFirst().orElseThrow();
        java.util.Set<String> maxs = acme.partners().stream().filter(p -> "max".equals(p.owner()))
                .map(DemoProgram.PartnerSpec::name).collect(java.util.stream.Collectors.toSet());
        Browser.Page list = Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/qbrs.xhtml");
        assertEquals(200, list.status());
        assertTrue(list.textOf("bookFirst").startsWith("Your partners come first in each list, marked \"Yours\""),
                list.text());
        int yours = 0;
        int others = 0;
        for (String rows : List.of("#upcoming tr.upcoming-qbr", "#to-schedule li", "#overdue li")) {
            boolean othersBegun = false;
            for (Element row : list.html().select(rows)) {
                String partner = row.selectFirst("a").text();
                boolean marked = row.text().contains("(Yours)");
                assertEquals(maxs.contains(partner), marked, "marked exactly when in max's book: " + row.text());
                assertFalse(marked && othersBegun, rows + ": " + partner + " of max's book after another partner");
                othersBegun |= !marked;
                yours += marked ? 1 : 0;
                others += marked ? 0 : 1;
            }
        }
        assertTrue(yours > 0 && others > 0, "the demo lists hold both: " + yours + " yours, " + others + " others");

        Browser.Page alices = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/qbrs.xhtml");
        assertFalse(alices.text().contains("(Yours)"), "a vendor admin keeps no book");
        assertNull(alices.html().getElementById("bookFirst"));
    }

    @Test
    void theDashboardPutsAPartnerManagersBookFirstAndTheCommitmentsBoardOpensOnIt() throws Exception {
        DemoProgram acme = DemoProgram.all().stream().filter(p -> p.vendorCode().equals("acme")).findFirst().orElseThrow();
        java.util.Set<String> maxs = acme.partners().stream().filter(p -> "max".equals(p.owner()))
                .map(DemoProgram.PartnerSpec::name).collect(java.util.stream.Collectors.toSet());
        Browser max = Browser.signIn("max", PASSWORD).browser();
        Browser.Page dashboard = max.get(BASE + "/vendor/program.xhtml");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.textOf("bookFirst").startsWith("Your partners come first in each list"), dashboard.text());
        int yours = 0;
        for (String rows : List.of("#scheduledQbrs li", "#toSchedule li", "#overdue li", "#movements li",
                "#proposals .proposal")) {
            boolean othersBegun = false;
            for (Element row : dashboard.html().select(rows)) {
                boolean marked = row.text().contains("(Yours)");
                assertEquals(maxs.contains(row.selectFirst("a").text()), marked, "marked when in max's book: " + row.text());
                assertFalse(marked && othersBegun, rows + ": " + row.text() + " of max's book after another partner");
                othersBegun |= !marked;
                yours += marked ? 1 : 0;
            }
        }
        assertTrue(yours > 0, "the demo dashboard lists some of max's partners");

        Browser.Page board = max.get(BASE + "/vendor/commitments.xhtml");
        assertEquals("Commitments of my partners", board.textOf("boardView"));
        java.util.List<String> partners = board.html().select("#boardForm\\:board tbody tr td:first-child a").eachText();
        assertFalse(partners.isEmpty(), board.text());
        assertTrue(maxs.containsAll(partners), "only max's book: " + partners);
        Browser.Page all = max.get(BASE + "/vendor/commitments.xhtml?all=true");
        assertEquals("Commitments of all partners", all.textOf("boardView"));
        assertNotNull(all.html().getElementById("myPartners"), "the book is one click away");
        assertNotNull(board.html().getElementById("allPartners"), "all partners are one click away");

        Browser alice = Browser.signIn("alice", PASSWORD).browser();
        Browser.Page alicesDashboard = alice.get(BASE + "/vendor/program.xhtml");
        assertFalse(alicesDashboard.text().contains("(Yours)"), "a vendor admin keeps no book");
        assertNull(alicesDashboard.html().getElementById("bookFirst"));
        Browser.Page alicesBoard = alice.get(BASE + "/vendor/commitments.xhtml");
        assertEquals("Commitments of all partners", alicesBoard.textOf("boardView"));
        assertNull(alicesBoard.html().getElementById("myPartners"));
        assertEquals(partners.size(), alicesBoard.html().select("#boardForm\\:board tbody tr td:first-child a").size(),
                "the demo's plans in force are all of max's partners");
    }

    private static Element brightpathRow(Browser.Page list) {
        assertEquals(200, list.status());
        return list.html().select("#upcoming tr.upcoming-qbr").stream()
                .filter(r -> r.text().contains("Brightpath Solutions")).findFirst()
                .orElseThrow(() -> new AssertionError(list.textOf("upcoming")));
    }

    /** The moment a page shows as "Wed 2026-12-16 09:00 CST (America/Chicago)", read in that zone. */
    private static Instant shownIn(String shown, ZoneId zone) {
        Matcher m = Pattern.compile("\\w{3} (\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d) \\w+ \\("
                + Pattern.quote(zone.getId()) + "\\)").matcher(shown);
        assertTrue(m.matches(), shown);
        return LocalDateTime.parse(m.group(1) + "T" + m.group(2)).atZone(zone).toInstant();
    }

    /** The section row of the agenda form whose title is given. */
    private static int row(Browser.Page page, String formId, String title) {
        return row(page.html().getElementById(formId), title);
    }

    private static int row(Element form, String title) {
        for (Element input : form.select("input[name^=title_]")) {
            if (input.val().equals(title)) {
                return Integer.parseInt(input.attr("name").substring("title_".length()));
            }
        }
        throw new AssertionError("no section " + title + " in " + form.text());
    }

    /** The fields a browser sends for a form: inputs, checked boxes only, text areas, the chosen options. */
    private static Map<String, String> fields(Element form) {
        assertNotNull(form, "the form is on the page");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || (type.equals("checkbox") && !input.hasAttr("checked"))) {
                continue;
            }
            fields.put(input.attr("name"), type.equals("checkbox") && input.val().isEmpty() ? "on" : input.val());
        }
        form.select("textarea[name]").forEach(t -> fields.put(t.attr("name"), t.val()));
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            chosen = chosen == null ? select.selectFirst("option") : chosen;
            fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        return fields;
    }

    private static Browser.Page post(Browser.Page page, String formId, Map<String, String> fields, String button)
            throws Exception {
        return post(page, page.html().getElementById(formId), fields, button);
    }

    private static Browser.Page post(Browser.Page page, Element form, Map<String, String> fields, String button)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(button, "");
        // the page's script nonce, which PrimeFaces' script adds to every form a browser submits
        Element script = page.html().selectFirst("script[nonce]");
        if (script != null) {
            all.put("primefaces.nonce", script.attr("nonce"));
        }
        return page.browser().post(form.absUrl("action"), all);
    }
}
