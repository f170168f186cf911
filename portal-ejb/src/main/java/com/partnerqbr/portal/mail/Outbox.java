package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.Vendor;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Where every feature's messages go: written as a row of the caller's vendor's outbox in the
 * caller's own transaction (MANDATORY: a call outside one is a programming error), so the
 * message exists exactly when the change that causes it commits. {@link MailSender} delivers it.
 * No service sends mail directly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorDirectory vendors;

    /** Writes the message and its files to the outbox, From the caller's vendor's sender name. */
    public OutboxMessage send(MailMessage message) {
        Vendor vendor = vendor();
        OutboxMessage row = new OutboxMessage(vendor.getSenderName(), message.recipient(), message.replyTo(),
                message.subject(), message.textBody(), message.htmlBody(), Instant.now());
        row.unsubscribeAt(message.unsubscribeUrl());
        em.persist(row);
        message.attachments().forEach(a -> em.persist(new MailAttachment(row, a.fileName(), a.contentType(),
                a.content())));
        return row;
    }

    /** The address of the caller's vendor's admins, where notices for them go; empty when the vendor has none. */
    public Optional<String> vendorAdminAddress() {
        return Optional.ofNullable(vendor().getAdminEmail()).filter(address -> !address.isBlank());
    }

    /** The caller's vendor's name, as its messages name it. */
    public String vendorName() {
        return vendor().getName();
    }

    private Vendor vendor() {
        String code = callerContext.current().vendorCode();
        return vendors.findByCode(code).orElseThrow(() -> new IllegalStateException("no vendor " + code));
    }
}
