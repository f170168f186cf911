package com.partnerqbr.portal.mail;

import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Why a message was not sent, in words for the sent-mail log (no stack trace, no internal names). */
final class MailErrors {

    private MailErrors() {
    }

    static String inWords(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "the mail server did not answer (connection refused); the message waits for the next attempt";
            }
            if (cause instanceof SocketTimeoutException) {
                return "the mail server did not answer in time; the message waits for the next attempt";
            }
            if (cause instanceof UnknownHostException) {
                return "the mail server's name is unknown (" + cause.getMessage() + ")";
            }
            if (cause instanceof SendFailedException) {
                return "the mail server refused the address: " + firstLine(cause.getMessage());
            }
        }
        return "the mail server refused the message: " + firstLine(failure.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
