package com.partnerqbr.portal.partner;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a vendor admin keeps about a partner, as typed into the form or sent in an import row,
 * and the one place its rules are checked. Each problem names its field (the import's column
 * name) and says what is wrong in words that name the field too.
 *
 * @param code     the partner's key in the vendor (lower-case letters, digits, hyphens); fixed once created
 * @param name     its name
 * @param type     the kind of partnership
 * @param region   where it sells; optional
 * @param joinedOn when it joined the program
 * @param timeZone the IANA zone it works in; null: the program's zone
 * @param owner    the user name of the partner manager who owns it; optional
 */
public record PartnerDetails(String code, String name, PartnerType type, String region, LocalDate joinedOn,
                             String timeZone, String owner) implements Serializable {

    /** A problem with one field: the import's column name and the sentence a person reads. */
    public record Problem(String field, String message) implements Serializable {
    }

    public static final int MAX_NAME = 200;
    public static final int MAX_REGION = 80;
    public static final int MAX_OWNER = 255;
    public static final LocalDate FIRST_JOINED = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_JOINED = LocalDate.of(2099, 12, 31);

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@+-]{1,255}");

    /** Blank texts as null, the rest stripped; the code in lower case. */
    public PartnerDetails {
        code = clean(code);
        code = code == null ? null : code.toLowerCase(Locale.ROOT);
        name = clean(name);
        region = clean(region);
        timeZone = clean(timeZone);
        owner = clean(owner);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every problem of these details; empty when they can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(new Problem("code", "Code is required."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "Code '" + shortened(code) + "' is not valid: use 2 to 64 lower-case"
                    + " letters, digits and hyphens, starting with a letter or digit (e.g. brightpath)."));
        }
        if (name == null) {
            problems.add(new Problem("name", "Name is required."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem("name", "Name is longer than " + MAX_NAME + " characters (" + name.length() + ")."));
        }
        if (type == null) {
            problems.add(new Problem("type", "Type is required."));
        }
        if (region != null && region.length() > MAX_REGION) {
            problems.add(new Problem("region", "Region is longer than " + MAX_REGION + " characters (" + region.length()
                    + ")."));
        }
        if (joinedOn == null) {
            problems.add(new Problem("joined_on", "Joined on is required."));
        } else if (joinedOn.isBefore(FIRST_JOINED) || joinedOn.isAfter(LAST_JOINED)) {
            problems.add(new Problem("joined_on", "Joined on " + joinedOn + " is outside " + FIRST_JOINED + " to "
                    + LAST_JOINED + "."));
        }
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            problems.add(new Problem("time_zone", "Time zone '" + shortened(timeZone) + "' is not a time zone: use a"
                    + " name like Europe/Berlin or America/Chicago, or leave it empty for the program's zone."));
        }
        if (owner != null && !USER_NAME.matcher(owner).matches()) {
            problems.add(new Problem("owner", "Owner '" + shortened(owner) + "' is not a user name: use the partner"
                    + " manager's sign-in name (letters, digits and . _ @ + -)."));
        }
        return problems;
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    /** The details a stored partner has. */
    public static PartnerDetails of(Partner partner) {
        return new PartnerDetails(partner.getCode(), partner.getName(), partner.getType(), partner.getRegion(),
                partner.getJoinedOn(), partner.getTimeZone(), partner.getOwner());
    }

    /** The fields by name, as the audit trail and a refused edit show them. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("type", type == null ? null : type.getLabel());
        fields.put("region", region);
        fields.put("joined on", joinedOn == null ? null : joinedOn.toString());
        fields.put("time zone", timeZone);
        fields.put("owner", owner);
        return fields;
    }
}
