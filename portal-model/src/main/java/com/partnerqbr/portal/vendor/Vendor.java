package com.partnerqbr.portal.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A company running a partner program: one tenant. Its {@link #getCode() code} is the
 * value of the {@code vendor} claim its users carry and of the discriminator column on
 * every row it owns.
 */
@Entity
@Table(name = "vendor")
@NamedQuery(name = "Vendor.byCode", query = "SELECT v FROM Vendor v WHERE v.code = :code")
@NamedQuery(name = "Vendor.count", query = "SELECT COUNT(v) FROM Vendor v")
public class Vendor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}")
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    /** ISO 4217 code of the currency the program is measured in; every imported amount is in it. */
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    @Column(nullable = false, length = 3)
    private String currency = "USD";

    /** The name its messages carry as sender (the From's display name); null: the vendor's name. */
    @Size(max = 200)
    @Column(name = "sender_name", length = 200)
    private String senderName;

    /** Where notices for the vendor's admins go (a dispute a partner raised); null: no such notices. */
    @Size(max = 254)
    @Column(name = "admin_email", length = 254)
    private String adminEmail;

    protected Vendor() {
    }

    public Vendor(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Vendor(String code, String name, String adminEmail) {
        this(code, name);
        this.adminEmail = adminEmail;
    }

    /** A vendor as the platform's operator opens it: its program's currency and its messages' sender name (null: its name). */
    public static Vendor opened(String code, String name, String currency, String senderName) {
        Vendor vendor = new Vendor(code, name);
        vendor.currency = currency;
        vendor.senderName = senderName;
        return vendor;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    /** The sender name of the vendor's messages: its own setting, else its name. */
    public String getSenderName() {
        return senderName == null || senderName.isBlank() ? name : senderName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    /** The sender name the vendor set; null when its messages carry its name. */
    public String getOwnSenderName() {
        return senderName;
    }

    /** Sets the sender name of its messages (null: its name) and where its admins' notices go (null: nowhere). */
    public void changeMail(String senderName, String adminEmail) {
        this.senderName = senderName;
        this.adminEmail = adminEmail;
    }
}
