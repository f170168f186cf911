package com.partnerqbr.portal.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity a vendor owns. EclipseLink adds the vendor predicate to every
 * read, update and delete of these rows and fills the column on insert, from the
 * {@value Tenancy#VENDOR_PROPERTY} property of the persistence context. Code never
 * filters by vendor by hand.
 *
 * <p>Ids come from a table generator in blocks of 10,000 rather than from auto-increment
 * columns, so that EclipseLink can batch inserts (a refresh writes thousands of figures)
 * and goes to the generator's row once per 10,000 new rows (the allocation size below).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "vendor_id", contextProperty = Tenancy.VENDOR_PROPERTY, length = 64)
public abstract class TenantOwned implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @TableGenerator(name = "portal_ids", table = "id_generator", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "portal_ids", allocationSize = 10_000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "portal_ids")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
