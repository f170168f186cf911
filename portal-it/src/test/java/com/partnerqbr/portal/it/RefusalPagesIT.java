package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Requests the pages never invited, over HTTP through the real sign-in: postbacks of forms
 * a role may not use, forged and replayed view states, a form's action on a GET, a made-up
 * sign-in callback. Each answers a page with words (403, 400, or the page itself), never a
 * 500, and changes nothing.
 */
class RefusalPagesIT {

    private static final String PASSWORD = "demo";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Test
    void aPartnerUserPostingADefinitionQuestionIsRefusedAndNothingIsAsked() throws Exception {
        Browser.Page definitions = Browser.signIn("sam", PASSWORD).browser().get(BASE + "/partner/definitions.xhtml");
        assertEquals(200, definitions.status());
        String question = "Why are influenced deals counted? " + System.nanoTime();
        Browser.Page answer = craftedPostback(definitions, "questionForm",
                Map.of("questionForm:question", question, "questionForm:send", ""));

        assertNotRunOrRefused(answer, "Your question is sent");
        String vendorSide = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/definitions.xhtml").text();
        assertFalse(vendorSide.contains(question), "the question reached the vendor");
    }

    @Test
    void anExecutiveApprovingATierProposalIsRefusedAndTheProposalStays() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        Element option = alice.html().selectFirst("#decideForm select[name=proposal] option");
        assertNotNull(option, alice.textOf("proposals"));
        String proposals = alice.textOf("proposals");

        Browser.Page erin = Browser.signIn("erin", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        assertEquals(200, erin.status());
        Browser.Page answer = craftedPostback(erin, "decideForm", Map.of("proposal", option.val(),
                "decideForm:reason", "Approved by someone who may not", "decideForm:approve", ""));

        assertNotRunOrRefused(answer, "Approved");
        assertEquals(proposals, alice.browser().get(BASE + "/vendor/program.xhtml").textOf("proposals"), "nothing decided");
    }

    @Test
    void aForgedViewStateAnswersTheExpiredPageNotAnError() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        Map<String, String> forged = new LinkedHashMap<>(formFields(gina, "decideForm"));
        forged.put(VIEW_STATE, "-4711:8080");
        forged.put("decideForm:reason", "forged");
        forged.put("decideForm:reject", "");
        Browser.Page answer = gina.browser().post(gina.url(), forged);
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.text().contains("Page expired"), answer.text());
        assertTrue(answer.text().contains("Nothing was changed"), answer.text());
    }

    @Test
    void aFormsActionOnAGetDoesNotRun() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        String proposals = alice.textOf("proposals");
        Map<String, String> fields = new LinkedHashMap<>(formFields(alice, "decideForm"));
        fields.put("decideForm:reason", "Rejected by a link");
        fields.put("decideForm:reject", "");
        String query = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        Browser.Page answer = alice.browser().get(BASE + "/vendor/program.xhtml?" + query);
        assertEquals(400, answer.status(), answer.text());
        assertFalse(answer.text().contains("Rejected"), answer.text());
        assertEquals(proposals, alice.browser().get(BASE + "/vendor/program.xhtml").textOf("proposals"), "nothing decided");
    }

    @Test
    void aMadeUpSignInCallbackSendsToSignInNotAnError() throws Exception {
        Browser.Page answer = new Browser(HttpClient.Redirect.NEVER).get(BASE + "/Callback?state=x&code=y");
        assertTrue(answer.status() == 400 || answer.status() == 302 || answer.status() == 303,
                answer.status() + " " + answer.response().body());
        if (answer.status() == 400) {
            assertTrue(answer.text().contains("sign in"), answer.text());
        }
        Browser.Page followed = new Browser().get(BASE + "/Callback?state=x&code=y");
        assertEquals(200, followed.status(), followed.text());
        assertNotNull(followed.html().getElementById("kc-form-login"), "sent to sign in: " + followed.text());
    }

    /**
     * A sign-in the portal started, answered with a code Keycloak refuses (made up, or used twice),
     * starts a new sign-in; one Keycloak answered with an error is "Sign-in not completed" (502), with
     * a way to sign in again: no one is signed in either way.
     */
    @Test
    void aSignInKeycloakDidNotConfirmSignsNoOneIn() throws Exception {
        Browser browser = new Browser(HttpClient.Redirect.NEVER);
        Browser.Page madeUpCode = browser.get(BASE + "/Callback?state=" + startSignIn(browser) + "&code=made-up");
        assertEquals(BASE + "/", URI.create(BASE).resolve(madeUpCode.response().headers().firstValue("Location")
                .orElse("")).toString(), madeUpCode.status() + ": sent to sign in afresh");
        assertTrue(startSignIn(browser).length() > 20, "still not signed in: the next page starts a sign-in");

        Browser.Page denied = browser.get(BASE + "/Callback?state=" + startSignIn(browser) + "&error=access_denied");
        assertEquals(502, denied.status(), denied.text());
        assertTrue(denied.text().contains("Sign-in not completed") && denied.text().contains("please sign in again"),
                denied.text());
        assertTrue(startSignIn(browser).length() > 20, "still not signed in");
    }

    /** Asks for a page, is sent to Keycloak; returns the state of the sign-in the portal started. */
    private static String startSignIn(Browser browser) throws Exception {
        Browser.Page page = browser.get(BASE + "/vendor/partners.xhtml");
        String location = page.response().headers().firstValue("Location").orElse("");
        assertEquals(302, page.status());
        assertTrue(location.startsWith(Browser.KEYCLOAK) && location.contains("code_challenge_method=S256"), location);
        return location.replaceAll(".*[?&]state=([^&]+).*", "$1");
    }

    /**
     * The page must not show the action's success: the action did not run (200), was refused
     * (the 403 page's words) or its form was refused for not carrying the page's script nonce
     * (the 400 page's words).
     */
    private static void assertNotRunOrRefused(Browser.Page answer, String success) {
        assertTrue(answer.status() == 403 || answer.status() == 400 || answer.status() == 200,
                answer.status() + " " + answer.text());
        assertFalse(answer.text().contains("Something went wrong"), answer.text());
        if (answer.status() == 403) {
            assertTrue(answer.text().contains("Not allowed") && answer.text().contains("Nothing was changed"),
                    answer.text());
        }
        if (answer.status() == 400) {
            assertTrue(answer.text().contains("did not come from the portal") && answer.text().contains("Nothing was changed"),
                    answer.text());
        }
        assertFalse(answer.text().contains(success), answer.text());
    }

    /**
     * Posts the given fields to the page as the form with this id would, with the page's own
     * view state and script nonce, whether or not the page shows that form to this user.
     */
    private static Browser.Page craftedPostback(Browser.Page page, String formId, Map<String, String> values)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(VIEW_STATE, viewState(page));
        // as PrimeFaces' script sends it, so that the request reaches the form's action
        Element script = page.html().selectFirst("script[nonce]");
        if (script != null) {
            fields.put("primefaces.nonce", script.attr("nonce"));
        }
        fields.putAll(values);
        return page.browser().post(page.url(), fields);
    }

    private static Map<String, String> formFields(Browser.Page page, String formId) {
        Element form = page.html().getElementById(formId);
        assertNotNull(form, "no form " + formId + " on " + page.url());
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        Element option = form.selectFirst("select[name=proposal] option");
        if (option != null) {
            fields.put("proposal", option.val());
        }
        return fields;
    }

    private static String viewState(Browser.Page page) {
        Element state = page.html().selectFirst("input[name='" + VIEW_STATE + "']");
        assertNotNull(state, "no view state on " + page.url());
        return state.val();
    }
}
