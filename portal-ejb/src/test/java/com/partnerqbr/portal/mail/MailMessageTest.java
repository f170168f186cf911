package com.partnerqbr.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partnerqbr.portal.kernel.RefusedException;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    @Test
    void htmlEscapesWhatCouldBeMarkup() {
        assertEquals("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;deal&quot;&lt;/b&gt;", MailMessage.html("<b>Tom & Jerry's \"deal\"</b>"));
    }

    @Test
    void aRecipientThatIsNoAddressIsRefusedAndABadReplyToIsLeftOut() {
        assertThrows(RefusedException.class, () -> new MailMessage("alice", null, "s", "t", "<p>h</p>"));
        assertThrows(RefusedException.class, () -> new MailMessage("a@b.example, c@d.example", null, "s", "t", "h"));
        assertNull(new MailMessage("a@b.example", "not an address", "s", "t", "h").replyTo());
    }

    @Test
    void theSubjectIsOneLine() {
        assertEquals("Brightpath questions Win rate", new MailMessage("a@b.example", null, "Brightpath\r\nquestions  Win rate",
                "t", "h").subject());
    }
}
