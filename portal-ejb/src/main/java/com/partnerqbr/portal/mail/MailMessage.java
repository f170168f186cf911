package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import java.util.List;

/**
 * A message a feature hands to the {@link Outbox}: one recipient, who replies reach, a subject and
 * the same content twice, as plain text and as HTML (the HTML escaped by its author), the files
 * it carries, and for non-essential mail the one-click unsubscribe link ({@link Subscriptions}). The sender (the vendor's sender name at the portal's address) is added by the
 * outbox.
 */
public record MailMessage(String recipient, String replyTo, String subject, String textBody, String htmlBody,
                          List<Attachment> attachments, String unsubscribeUrl) {

    /** A file a message carries: "recap.pdf", "application/pdf", its bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** A message without files. */
    public MailMessage(String recipient, String replyTo, String subject, String textBody, String htmlBody) {
        this(recipient, replyTo, subject, textBody, htmlBody, List.of());
    }

    /** An essential message (no unsubscribe link): an invitation, a recap. */
    public MailMessage(String recipient, String replyTo, String subject, String textBody, String htmlBody,
                       List<Attachment> attachments) {
        this(recipient, replyTo, subject, textBody, htmlBody, attachments, null);
    }

    public MailMessage {
        if (!Inputs.isEmailAddress(recipient)) {
            throw new RefusedException("a message needs a valid recipient address");
        }
        if (replyTo != null && !Inputs.isEmailAddress(replyTo)) {
            replyTo = null;
        }
        if (subject == null || subject.isBlank() || textBody == null || textBody.isBlank() || htmlBody == null
                || htmlBody.isBlank()) {
            throw new IllegalArgumentException("a message needs a subject and both bodies");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        subject = subject.strip().replaceAll("\\s+", " ");
        if (subject.length() > 255) {
            subject = subject.substring(0, 254) + "…";
        }
    }

    /** Text for the HTML body: {@code < > & " '} as entities. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
