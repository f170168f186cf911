package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page each role can reach, in real headless Chromium: axe-core's WCAG 2.1 A and AA rules
 * find nothing critical or serious, and no page is wider than the window on a phone (390 px)
 * or a laptop (1280 px). The pages are the role's main navigation plus a partner's page and
 * its scorecard for vendor staff and the first QBR of the role's QBR list, so a new page is
 * checked once it has its link. Every finding is printed (minor and moderate ones too), and a
 * failing test lists all of them at once.
 */
class EveryPageBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<Integer> WIDTHS = List.of(390, 1280);

    /** The elements that stick out past the window's right edge, innermost first, a few of them. */
    private static final String TOO_WIDE = """
            var width = document.documentElement.clientWidth, out = [];
            document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.right > width + 1 && r.width > 0 && !e.closest('.table-scroll, .ui-datatable-scrollable-body')) {
                    var inner = Array.prototype.some.call(e.children, function (c) {
                        return c.getBoundingClientRect().right > width + 1;
                    });
                    if (!inner) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                            + ' right=' + Math.round(r.right)); }
                }
            });
            return out.slice(0, 5).join(', ');
            """;

    @Test
    void everyPageOfAVendorAdmin() {
        check("alice");
    }

    /** The sent-mail log (issue 15), a vendor admin's page, checked on its own while the vendor admin's check is disabled. */
    @Test
    void theSentMailLogOfAVendorAdmin() {
        chromium.signIn("alice", "demo");
        checkPages("alice", List.of("/vendor/sent-mail.xhtml"));
    }

    /**
     * The partner form (a new partner and an existing one), the archived partners, the audit trail and the
     * people page (issue 15), linked from pages rather than the menu.
     */
    @Test
    void thePartnerPagesOfAVendorAdmin() {
        chromium.signIn("alice", "demo");
        chromium.open("/vendor/partners.xhtml");
        String partner = chromium.find("a.partner-name").getAttribute("href");
        String id = partner.substring(partner.indexOf("id=") + 3);
        checkPages("alice", List.of("/vendor/partner-edit.xhtml", "/vendor/partner-edit.xhtml?id=" + id,
                "/vendor/partners.xhtml?archived=true", "/vendor/audit.xhtml", "/people.xhtml"));
    }

    @Test
    void everyPageOfAPartnerManager() {
        check("max");
    }

    @Test
    void everyPageOfAnExecutive() {
        check("erin");
    }

    @Test
    void everyPageOfAPartnerAdmin() {
        check("paula");
    }

    @Test
    void everyPageOfAPartnerUser() {
        check("sam");
    }

    /** The platform operator's vendors page (issue 15), its one page. */
    @Test
    void everyPageOfThePlatformOperator() {
        check("olga");
    }

    @Test
    void theVendorMenuStaysOnOneLineOnALaptop() {
        chromium.signIn("alice", "demo");
        try {
            viewport(chromium, 1366, 900);
            chromium.open("/vendor/partners.xhtml");
            List<Long> tops = chromium.driver().findElements(By.cssSelector(".portal-nav a")).stream()
                    .map(a -> (Long) chromium.js("return Math.round(arguments[0].getBoundingClientRect().top);", a))
                    .distinct().toList();
            assertEquals(1, tops.size(), "the menu's links sit on " + tops.size() + " lines: " + tops);
            assertEquals(1, ((Number) chromium.js("var h = document.querySelector('.portal-header-inner');"
                    + " var b = document.querySelector('.portal-brand').getBoundingClientRect();"
                    + " var u = document.querySelector('.portal-user').getBoundingClientRect();"
                    + " return Math.abs(b.top - u.top) < 20 ? 1 : 0;")).intValue(),
                    "brand, menu and the signed-in user share one bar");
            chromium.screenshot("vendor-menu-1366-alice");
        } finally {
            resetViewport(chromium);
        }
    }

    private static void check(String user) {
        chromium.signIn(user, "demo");
        checkPages(user, pagesOf(user));
    }

    private static void checkPages(String user, List<String> pages) {
        assertFalse(pages.isEmpty(), user + " reaches no page");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            problems.addAll(problemsOf(chromium, user, page));
        }
        System.out.println("Checked " + pages.size() + " pages of " + user + ": " + pages);
        assertEquals(List.of(), problems, user + ": " + problems.size() + " problems");
    }

    /**
     * One page as this session's person opens it, at 390 and 1280 px: its sideways scroll and
     * axe-core's critical and serious findings (other browser tests check a page in a state of theirs).
     */
    static List<String> problemsOf(ChromiumSession chromium, String user, String page) {
        List<String> problems = new ArrayList<>();
        try {
            for (int width : WIDTHS) {
                viewport(chromium, width, width < 600 ? 844 : 900);
                chromium.open(page);
                assertEquals(200, chromium.status(), user + " opens " + page);
                long scrollWidth = ((Number) chromium.js("return document.documentElement.scrollWidth;")).longValue();
                long clientWidth = ((Number) chromium.js("return document.documentElement.clientWidth;")).longValue();
                if (scrollWidth > clientWidth) {
                    problems.add(page + " at " + width + " px is " + scrollWidth + " px wide: " + chromium.js(TOO_WIDE));
                }
                chromium.screenshot("every-page-" + user + "-" + width + "-" + shortName(page));
                if (width == 1280) {
                    problems.addAll(accessibility(chromium, page));
                }
            }
        } finally {
            resetViewport(chromium);
        }
        return problems;
    }

    /** The role's pages: its main navigation; vendor staff also a partner's page and that partner's scorecard. */
    private static List<String> pagesOf(String user) {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : chromium.driver().findElements(By.cssSelector(".portal-nav a"))) {
            pages.add(link.getAttribute("href").substring(ChromiumSession.baseUrl().length()));
        }
        if (pages.contains("/vendor/partners.xhtml")) {
            chromium.open("/vendor/partners.xhtml");
            String partner = chromium.find("a.partner-name").getAttribute("href");
            String id = partner.substring(partner.indexOf("id=") + 3);
            pages.add("/vendor/partner.xhtml?id=" + id);
            pages.add("/vendor/scorecard.xhtml?partner=" + id);
        }
        // the QBR workspace, reached from the role's QBR list: its first QBR
        for (String list : List.of("/vendor/qbrs.xhtml", "/partner/qbrs.xhtml")) {
            if (pages.contains(list)) {
                chromium.open(list);
                chromium.driver().findElements(By.cssSelector("a[href*='qbr.xhtml?qbr=']")).stream().findFirst()
                        .ifPresent(a -> pages.add(a.getAttribute("href").substring(ChromiumSession.baseUrl().length())));
            }
        }
        return List.copyOf(pages);
    }

    /** axe-core's WCAG 2.1 A/AA findings on the open page: critical and serious ones as problems; all printed. */
    private static List<String> accessibility(ChromiumSession chromium, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium.driver());
        assertFalse(results.isErrored(), "axe-core failed on " + page + ": " + results.getErrorMessage());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String finding = page + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size()
                    + " nodes) " + rule.getHelp() + ": " + rule.getNodes().stream().limit(4)
                    .map(EveryPageBrowserIT::describe).collect(Collectors.joining(" | "));
            System.out.println("axe " + finding);
            if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                problems.add(finding);
            }
        }
        return problems;
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 120 ? html.substring(0, 120) + "…" : html);
    }

    private static void viewport(ChromiumSession chromium, int width, int height) {
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static void resetViewport(ChromiumSession chromium) {
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static String shortName(String page) {
        return page.replaceAll("^/|\\.xhtml", "").replaceAll("[^A-Za-z0-9]+", "-");
    }
}
