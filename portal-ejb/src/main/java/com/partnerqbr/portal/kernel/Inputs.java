package com.partnerqbr.portal.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What people type into a form, cleaned: stripped, blank as nothing, refused in words when too long or missing. */
public final class Inputs {

    private Inputs() {
    }

    /** The stripped text; refused with "Enter {what}." when blank. */
    public static String required(String value, String what, int most) {
        String clean = optional(value, what, most);
        if (clean == null) {
            throw new RefusedException("Enter " + what + ".");
        }
        return clean;
    }

    /** The stripped text, or null when blank; refused when longer than {@code most} characters. */
    public static String optional(String value, String what, int most) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > most) {
            throw new RefusedException("Shorten " + what + " to " + most + " characters; it has " + clean.length()
                    + ".");
        }
        return clean;
    }

    /** The stripped text; refused naming the field ("Host: this cannot be empty.") when blank or too long. */
    public static String filled(String field, String typed, int most) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RefusedException(field + ": this cannot be empty.");
        }
        if (text.length() > most) {
            throw new RefusedException(field + ": at most " + most + " characters; this has " + text.length() + ".");
        }
        return text;
    }

    /**
     * A web address with a host, https (or also http when {@code plainHttpToo}), at most 500
     * characters; else refused naming the field, what it is the address of and an example.
     */
    public static String webAddress(String field, String typed, String of, String example, boolean plainHttpToo) {
        String link = typed == null ? "" : typed.strip();
        try {
            URI uri = new URI(link);
            boolean scheme = "https".equalsIgnoreCase(uri.getScheme())
                    || plainHttpToo && "http".equalsIgnoreCase(uri.getScheme());
            if (scheme && uri.getHost() != null && link.length() <= 500) {
                return link;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new RefusedException(field + ": enter the " + (plainHttpToo ? "http or https" : "https") + " address of "
                + of + ", such as " + example + ".");
    }

    /** True for an e-mail address as the portal takes it: one {@code @}, a dot after it, no spaces, at most 254 characters. */
    public static boolean isEmailAddress(String text) {
        return text != null && text.length() <= 254 && text.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    }

    /**
     * A LIKE pattern (backslash escapes) matching texts that contain the filter, ignoring case when
     * compared with a lower-cased column; "%" for a blank filter.
     */
    public static String containsPattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return "%";
        }
        String escaped = filter.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
