package com.partnerqbr.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class MailErrorsTest {

    @Test
    void aServerThatIsDownOrSlowIsSaidInWords() {
        assertEquals("the mail server did not answer (connection refused); the message waits for the next attempt",
                MailErrors.inWords(new MessagingException("Couldn't connect to host, port: 127.0.0.1, 28025; timeout 5000",
                        new ConnectException("Connection refused"))));
        assertEquals("the mail server did not answer in time; the message waits for the next attempt",
                MailErrors.inWords(new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void aRefusalQuotesTheServersFirstLine() {
        assertEquals("the mail server refused the address: Invalid Addresses",
                MailErrors.inWords(new SendFailedException("Invalid Addresses\n  nested: 550 no such user")));
        assertEquals("the mail server refused the message: 552 message too large",
                MailErrors.inWords(new MessagingException("552 message too large\r\nmore")));
        assertEquals("the mail server refused the message: no reason given", MailErrors.inWords(new MessagingException()));
    }
}
