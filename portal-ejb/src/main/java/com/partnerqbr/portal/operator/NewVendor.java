package com.partnerqbr.portal.operator;

import com.partnerqbr.portal.kernel.Inputs;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A vendor as the platform's operator opens it, and its first vendor admin, as typed (the page's
 * form, the operator API's body); {@link #problems()} says what is wrong, each field named.
 */
public record NewVendor(String code, String name, String currency, String timeZone, String senderName,
                        String adminEmail, String adminFirstName, String adminLastName) implements Serializable {

    private static final int MAX_NAME = 200;

    /** Blank as none, the rest stripped; codes in lower case, the currency in upper case. */
    public NewVendor {
        code = clean(code) == null ? null : clean(code).toLowerCase(Locale.ROOT);
        name = clean(name);
        currency = clean(currency) == null ? null : clean(currency).toUpperCase(Locale.ROOT);
        timeZone = clean(timeZone);
        senderName = clean(senderName);
        adminEmail = clean(adminEmail);
        adminFirstName = clean(adminFirstName);
        adminLastName = clean(adminLastName);
    }

    /** Every problem of the details, each naming its field; empty when there is none. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            problems.add("Code: 2 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.");
        }
        if (name == null || name.length() > MAX_NAME) {
            problems.add("Name: enter the vendor's name, at most " + MAX_NAME + " characters.");
        }
        if (currency == null || !currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
            problems.add("Program currency: an ISO 4217 code such as USD or EUR.");
        }
        if (!isZone(timeZone)) {
            problems.add("Time zone: an IANA time zone such as America/Chicago or Europe/Berlin.");
        }
        if (senderName != null && (senderName.length() > MAX_NAME || senderName.chars().anyMatch(Character::isISOControl))) {
            problems.add("Sender name: one line of at most " + MAX_NAME + " characters.");
        }
        if (!Inputs.isEmailAddress(adminEmail == null ? null : adminEmail.toLowerCase(Locale.ROOT))) {
            problems.add("First admin's e-mail: an e-mail address.");
        }
        if (adminFirstName == null || adminLastName == null) {
            problems.add("First admin's name: enter the first and the last name.");
        }
        return problems;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        if (zone == null || !zone.contains("/") && !zone.equals("UTC")) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
