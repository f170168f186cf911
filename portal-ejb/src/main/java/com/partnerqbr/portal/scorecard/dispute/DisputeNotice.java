package com.partnerqbr.portal.scorecard.dispute;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.mail.MailMessage;

/**
 * The notice to the vendor's admins that a partner questions a figure: which partner, which
 * figure of which quarter, the value as it stood, who raised it and why, and where to answer;
 * a reply reaches the person who raised it. Only this dispute's vendor and partner appear in it.
 */
final class DisputeNotice {

    private DisputeNotice() {
    }

    static MailMessage of(String vendorName, Dispute dispute, String to, String replyTo, String portalUrl) {
        String partner = dispute.getPartner().getName();
        String figure = dispute.getFigure().getMetric().getLabel();
        String quarter = dispute.getFigure().getScorecard().getQuarter().toString();
        String value = dispute.getValueWhenRaised() == null ? "no value" : dispute.getValueWhenRaised().stripTrailingZeros()
                .toPlainString();
        String link = portalUrl + "/disputes.xhtml";
        String program = vendorName + " partner program";
        String reply = replyTo == null ? "" : "Replying to this message reaches " + dispute.getRaisedBy() + ".";
        String text = partner + " questions a figure of its " + quarter + " scorecard in the " + program + ".\n\n"
                + "Figure: " + figure + "\n"
                + "Value when raised: " + value + "\n"
                + "Raised by: " + dispute.getRaisedBy() + " (" + partner + ")\n"
                + "Comment: " + dispute.getComment() + "\n\n"
                + "Answer it on the Disputes page: " + link + "\n"
                + reply + "\n\n-- \n" + vendorName + " partner portal\n";
        String body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + html(partner)
                + " questions a figure</title></head><body>"
                + "<p>" + html(partner) + " questions a figure of its " + html(quarter) + " scorecard in the "
                + html(program) + ".</p>"
                + "<table><tr><th scope=\"row\">Figure</th><td>" + html(figure) + "</td></tr>"
                + "<tr><th scope=\"row\">Value when raised</th><td>" + html(value) + "</td></tr>"
                + "<tr><th scope=\"row\">Raised by</th><td>" + html(dispute.getRaisedBy()) + " (" + html(partner) + ")</td></tr>"
                + "<tr><th scope=\"row\">Comment</th><td>" + html(dispute.getComment()) + "</td></tr></table>"
                + "<p><a href=\"" + html(link) + "\">Answer it on the Disputes page</a></p>"
                + (reply.isEmpty() ? "" : "<p>" + html(reply) + "</p>")
                + "<p>— " + html(vendorName) + " partner portal</p></body></html>";
        return new MailMessage(to, replyTo, partner + " questions " + figure + " of " + quarter + " (" + vendorName + ")",
                text, body);
    }
}
