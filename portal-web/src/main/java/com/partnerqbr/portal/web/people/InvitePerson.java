package com.partnerqbr.portal.web.people;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.PeopleAdmin;
import com.partnerqbr.portal.people.PeopleAdmin.Invitation;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The invitation form of the people page ({@code people.xhtml}, form {@code inviteForm}): address,
 * name, role and, for a vendor admin inviting a partner's user, the partner's code. Refused in
 * words with nothing changed; an invitation sent says so after the redirect.
 */
@Named
@RequestScoped
public class InvitePerson {

    @EJB
    private PeopleAdmin admin;

    private String email;
    private String firstName;
    private String lastName;
    private String role;
    private String partnerCode;

    /** The roles the caller may give, by their realm names. */
    public List<String> getRoles() {
        return admin.rolesGiven().stream().map(Role::roleName).toList();
    }

    public String invite() {
        try {
            admin.invite(new Invitation(email, firstName, lastName, Role.ofName(role == null ? "" : role).orElse(null),
                    partnerCode));
            Messages.info("Invited " + email.strip() + ": the mail to set a password is on its way.");
            return "/people.xhtml?faces-redirect=true";
        } catch (RefusedException | NotFoundException e) {
            Messages.error("Not invited: " + e.getMessage());
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }
}
