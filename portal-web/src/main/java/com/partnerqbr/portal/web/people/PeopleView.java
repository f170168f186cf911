package com.partnerqbr.portal.web.people;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.PeopleAdmin;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.web.faces.PagedModel;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.primefaces.model.LazyDataModel;

/**
 * The people page ({@code people.xhtml}): a vendor admin sees every person of the vendor, a
 * partner's admin its own partner's people ({@link PeopleDirectory} decides), with e-mail, role,
 * status and last sign-in in the viewer's zone, and acts on each row: send the invitation again,
 * change the role, deactivate, reactivate ({@link PeopleAdmin} decides and refuses in words).
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleDirectory directory;

    @Inject
    private PeopleAdmin admin;

    @Inject
    private CallerContext callerContext;

    private final LazyDataModel<Person> model = new PagedModel<>(() -> directory.count(),
            (first, size) -> directory.page(first, size), Person::getId);

    /** The role chosen in each row's "change role" list, by the person's id. */
    private final Map<Long, String> roleChoices = new HashMap<>();

    /** The roles the caller may give; none when it manages nobody. */
    private List<Role> rolesGiven = List.of();

    @PostConstruct
    void init() {
        directory.count();
        if (isManaging()) {
            rolesGiven = admin.rolesGiven();
        }
    }

    /** True for a partner's admin, who sees its own partner's people only. */
    public boolean isOwnPartner() {
        return callerContext.current().isPartnerUser();
    }

    /** True when the caller may invite and change people (the page then shows the form and the row actions). */
    public boolean isManaging() {
        return callerContext.current().may(Permission.MANAGE_PEOPLE);
    }

    public LazyDataModel<Person> getModel() {
        return model;
    }

    public Map<Long, String> getRoleChoices() {
        return roleChoices;
    }

    /** The roles a row's list offers, the person's own first chosen: those of the person's side the caller may give. */
    public List<String> rolesFor(Person person) {
        roleChoices.putIfAbsent(person.getId(), person.getRole());
        boolean staff = Role.ofName(person.getRole()).map(Role::isVendorStaff).orElse(false);
        return rolesGiven.stream().filter(r -> r.isVendorStaff() == staff).map(Role::roleName).toList();
    }

    public boolean invited(Person person) {
        return person.getStatus() == PersonStatus.INVITED;
    }

    public boolean deactivated(Person person) {
        return person.getStatus() == PersonStatus.DEACTIVATED;
    }

    public String resend(Person person) {
        return act(admin::resend, person, "Sent the invitation to " + person.getUsername() + " again.", "Not sent");
    }

    public String changeRole(Person person) {
        Role role = Role.ofName(roleChoices.getOrDefault(person.getId(), "")).orElse(null);
        return act(id -> admin.changeRole(id, role), person, person.getUsername() + " is now "
                + (role == null ? "" : role.roleName()) + ".", "Not changed");
    }

    public String deactivate(Person person) {
        return act(admin::deactivate, person, "Deactivated " + person.getUsername() + ": their sessions ended and they"
                + " cannot sign in.", "Not deactivated");
    }

    public String reactivate(Person person) {
        return act(admin::reactivate, person, "Reactivated " + person.getUsername() + ".", "Not reactivated");
    }

    private String act(LongFunction<Person> change, Person person, String done, String refused) {
        try {
            change.apply(person.getId());
            Messages.info(done);
            return "/people.xhtml?faces-redirect=true";
        } catch (RefusedException | NotFoundException e) {
            Messages.error(refused + ": " + e.getMessage());
            return null;
        }
    }
}
