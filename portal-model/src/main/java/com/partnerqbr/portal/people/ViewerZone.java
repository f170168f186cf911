package com.partnerqbr.portal.people;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The time zone a person of the vendor (staff or partner user, by user name) reads times in.
 * Without one, times show in the program's time zone.
 */
@Entity
@Table(name = "viewer_zone")
@NamedQuery(name = "ViewerZone.ofUser", query = "SELECT z FROM ViewerZone z WHERE z.username = :username")
public class ViewerZone extends TenantOwned {

    @Column(nullable = false, length = 255)
    private String username;

    /** An IANA id, e.g. America/Chicago. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    protected ViewerZone() {
    }

    public ViewerZone(String username, String timeZone) {
        this.username = username;
        this.timeZone = timeZone;
    }

    public void change(String newTimeZone) {
        this.timeZone = newTimeZone;
    }

    public String getUsername() {
        return username;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
