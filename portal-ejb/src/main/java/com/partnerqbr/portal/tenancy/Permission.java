package com.partnerqbr.portal.tenancy;

import static com.partnerqbr.portal.tenancy.Role.EXECUTIVE;
import static com.partnerqbr.portal.tenancy.Role.PARTNER_ADMIN;
import static com.partnerqbr.portal.tenancy.Role.PARTNER_MANAGER;
import static com.partnerqbr.portal.tenancy.Role.PARTNER_USER;
import static com.partnerqbr.portal.tenancy.Role.PLATFORM_OPERATOR;
import static com.partnerqbr.portal.tenancy.Role.VENDOR_ADMIN;
import static com.partnerqbr.portal.tenancy.Role.VENDOR_INTEGRATION;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may change, each stated once: the roles that may, and the refusal everyone
 * else gets. Services enforce it ({@link CallerContext#require(Permission)}); pages ask the
 * same question ({@link Caller#may(Permission)}) to render the form or button, so a form a
 * role may not use is neither shown nor run. Reading follows the caller's side instead (vendor
 * staff read their program, a partner user its own partner).
 */
public enum Permission {
    REFRESH_SCORECARDS("refreshing scorecards is for the vendor's admins and partner managers",
            VENDOR_ADMIN, PARTNER_MANAGER, VENDOR_INTEGRATION),
    FREEZE_SCORECARD("freezing a scorecard is for the vendor's admins and partner managers",
            VENDOR_ADMIN, PARTNER_MANAGER),
    FREEZE_QUARTER("freezing a whole quarter is for the vendor's admins", VENDOR_ADMIN),
    RESOLVE_DISPUTE("resolving a dispute is for the vendor's admins and partner managers",
            VENDOR_ADMIN, PARTNER_MANAGER),
    PUBLISH_DEFINITION("publishing a metric definition is for the vendor's admins", VENDOR_ADMIN),
    ANSWER_DEFINITION("agreeing to or questioning a new definition is for the partner's admin", PARTNER_ADMIN),
    IMPORT_PROGRAM_DATA("only a vendor admin or the vendor's integration imports program data",
            VENDOR_ADMIN, VENDOR_INTEGRATION),
    CHANGE_PROGRAM_SETTINGS("changing the program settings and review formats is for the vendor's admins",
            VENDOR_ADMIN),
    PUBLISH_LADDER("changing the tier ladder is for the vendor's admins", VENDOR_ADMIN),
    RECOMPUTE_SEGMENTS("recomputing segments is for the vendor's admins and partner managers",
            VENDOR_ADMIN, PARTNER_MANAGER),
    OVERRIDE_SEGMENT("overriding a segment is for the vendor's admins", VENDOR_ADMIN),
    DECIDE_TIER_PROPOSAL("deciding tier proposals is for the vendor's admins", VENDOR_ADMIN),
    SCHEDULE_QBR("scheduling, moving and cancelling QBRs is for the vendor's admins and partner managers",
            VENDOR_ADMIN, PARTNER_MANAGER),
    /** The vendor's side of a QBR's workspace: people, agenda, pre-read, meeting, record. */
    PREPARE_QBR_FOR_VENDOR("executives and partner users read a QBR; the vendor's admins and partner managers change"
            + " it", VENDOR_ADMIN, PARTNER_MANAGER),
    /** The partner's side of its own QBR's workspace (the service keeps the partner to its own QBRs). */
    PREPARE_QBR_FOR_PARTNER("partner users read a QBR; the partner's admin changes the partner's side", PARTNER_ADMIN),
    EDIT_JOINT_PLAN("drafting, changing, confirming and grading a joint plan is for the vendor's admins and partner"
            + " managers and the partner's admin", VENDOR_ADMIN, PARTNER_MANAGER, PARTNER_ADMIN),
    MANAGE_PARTNERS("creating, changing and archiving partners is for the vendor's admins and the vendor's integration",
            VENDOR_ADMIN, VENDOR_INTEGRATION),
    /** The people page: all of the vendor's people; a partner's admin only its own partner's (PeopleDirectory confines it). */
    READ_PEOPLE("the people page is for the vendor's admins and a partner's admin", VENDOR_ADMIN, PARTNER_ADMIN),
    /** Inviting people and changing their accounts: a partner's admin only its own partner's users (PeopleAdmin confines it). */
    MANAGE_PEOPLE("inviting and managing people is for the vendor's admins and a partner's admin", VENDOR_ADMIN,
            PARTNER_ADMIN),
    MANAGE_VENDOR_STAFF("inviting and managing the vendor's staff and the users of any partner is for the vendor's admins",
            VENDOR_ADMIN),
    /** Creating a vendor (a tenant) and inviting its first vendor admin; the operator reads no vendor's data. */
    CREATE_VENDORS("creating vendors is for the platform's operators", PLATFORM_OPERATOR),
    READ_AUDIT_TRAIL("the audit trail is for the vendor's admins", VENDOR_ADMIN),
    READ_SENT_MAIL("the sent-mail log is for the vendor's admins", VENDOR_ADMIN),
    PLAN_PROGRAM_REVIEWS("planning the monthly program review, its sessions and audience is for the vendor's admins and"
            + " partner managers", VENDOR_ADMIN, PARTNER_MANAGER),
    ANSWER_PROGRAM_REVIEW("registering for a program review is for the invited partner's users", PARTNER_ADMIN,
            PARTNER_USER),
    SEND_LONG_TAIL_MAIL("sending the long-tail scorecard mail is for the vendor's admins", VENDOR_ADMIN),
    REQUEST_ONE_ON_ONE("asking for a 1:1 review is for the partner's admin", PARTNER_ADMIN),
    VIEW_COMMITMENTS_BOARD("the commitments board across partners is for the vendor's staff",
            VENDOR_ADMIN, PARTNER_MANAGER, EXECUTIVE);

    private final String refusal;
    private final Set<Role> roles;

    Permission(String refusal, Role first, Role... more) {
        this.refusal = refusal;
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** Why a caller without any of the roles is refused. */
    public String refusal() {
        return refusal;
    }

    /** The roles that may; a caller needs one of them. */
    public Set<Role> roles() {
        return roles;
    }
}
