package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Messages;
import java.util.function.Supplier;

/** The vendor's program review page ({@code /vendor/program-reviews.xhtml}), as its forms' beans post to it. */
final class ProgramReviewsPage {

    static final String PAGE = "/vendor/program-reviews.xhtml?faces-redirect=true";
    /** What the page's forms (but the resources') name when what they act on does not exist. */
    static final String SESSION_OR_PARTNER = "that session or partner";

    private ProgramReviewsPage() {
    }

    /**
     * Runs a change; says what was done, or why not ({@code failed}: the refusal's words; {@code missing}: what
     * does not exist); back to the page after a change, on it after a refusal.
     */
    static String change(String failed, String missing, Supplier<String> action) {
        try {
            Messages.info(action.get());
            return PAGE;
        } catch (RefusedException e) {
            Messages.error(failed + ": " + e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(failed + ": " + missing + " does not exist.");
        }
        return null;
    }
}
