package com.partnerqbr.portal.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewVendorTest {

    @Test
    void goodDetailsAreCleanedAndHaveNoProblem() {
        NewVendor initech = new NewVendor(" Initech ", "Initech Software", "eur", "Europe/Berlin", " ",
                "ivy@initech.example", "Ivy", "Ito");
        assertEquals("initech", initech.code());
        assertEquals("EUR", initech.currency());
        assertEquals(null, initech.senderName(), "blank: the vendor's name");
        assertEquals(List.of(), initech.problems());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        NewVendor bad = new NewVendor("-x", "", "EURO", "Mars/Olympus", "Two\nlines", "ivy at initech", "Ivy", null);
        assertEquals(List.of(
                "Code: 2 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.",
                "Name: enter the vendor's name, at most 200 characters.",
                "Program currency: an ISO 4217 code such as USD or EUR.",
                "Time zone: an IANA time zone such as America/Chicago or Europe/Berlin.",
                "Sender name: one line of at most 200 characters.",
                "First admin's e-mail: an e-mail address.",
                "First admin's name: enter the first and the last name."), bad.problems());
        assertEquals(List.of("Program currency: an ISO 4217 code such as USD or EUR."),
                new NewVendor("ok", "Ok", "XYZ", "UTC", null, "a@b.example", "A", "B").problems(), "not a currency");
        assertEquals(List.of("Time zone: an IANA time zone such as America/Chicago or Europe/Berlin."),
                new NewVendor("ok", "Ok", "USD", "+02:00", null, "a@b.example", "A", "B").problems(), "an offset is no zone");
    }
}
