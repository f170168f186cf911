package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers the caller's vendor's due messages through the mail session {@code mail/portal}
 * (Jakarta Mail), one at a time, outside any transaction: each is claimed first (one UPDATE,
 * committed: of two senders, or two threads, only one wins it), handed to the SMTP server, then
 * marked sent; a failure puts it back with the time of its next attempt and the error in words.
 *
 * <p>A sender that dies after the SMTP server accepted a message and before marking it sent
 * leaves it claimed; after {@link Retries#STALE_CLAIM} it is sent again, with the same
 * Message-ID ({@link #messageId}): a message is never lost, and in that one window may arrive
 * twice, recognisably the same. The other choice, never again, could lose a message that the
 * server never accepted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "mail/portal")
    private Session session;

    @EJB
    private OutboxRows rows;

    @Inject
    private CallerContext callerContext;

    /** Sends what is due now; @return how many messages the SMTP server accepted. */
    public int deliverDue() {
        String sender = UUID.randomUUID().toString();
        int sent = 0;
        for (long id : rows.due(Instant.now())) {
            if (deliver(id, sender)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long id, String sender) {
        if (!rows.claim(id, sender, Instant.now())) {
            return false;
        }
        OutboxMessage message = rows.claimed(id, sender).orElse(null);
        if (message == null) {
            return false;
        }
        try {
            Transport.send(mime(message));
            rows.sent(id, sender, Instant.now());
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            String error = MailErrors.inWords(e);
            LOG.warning(() -> "Message " + id + " of vendor " + vendor() + " not sent (attempt " + message.getAttempts()
                    + "): " + error);
            rows.failed(id, sender, message.getAttempts(), error, Instant.now());
            return false;
        }
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        String portalAddress = session.getProperty("mail.from");
        String messageId = messageId(message.getId(), portalAddress);
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(portalAddress, message.getSenderName(), StandardCharsets.UTF_8.name()));
        mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        if (message.getReplyTo() != null) {
            mime.setReplyTo(InternetAddress.parse(message.getReplyTo(), true));
        }
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(java.util.Date.from(message.getCreatedAt()));
        if (message.getUnsubscribeUrl() != null) {
            // RFC 8058: a one-click unsubscribe the mail client sends as a POST
            mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        List<MailAttachment> files = rows.attachments(message.getId());
        if (files.isEmpty()) {
            mime.setContent(alternative);
            return mime;
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed", body);
        for (MailAttachment file : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getContent(), file.getContentType())));
            part.setFileName(file.getFileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
        return mime;
    }

    /** The same on every attempt: the outbox row, its vendor, at the portal's mail domain. */
    private String messageId(long id, String portalAddress) {
        String domain = portalAddress.substring(portalAddress.indexOf('@') + 1);
        return "<outbox-" + id + "." + vendor() + "@" + domain + ">";
    }

    private String vendor() {
        return callerContext.current().vendorCode();
    }
}
