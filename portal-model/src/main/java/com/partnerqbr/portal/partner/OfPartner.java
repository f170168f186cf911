package com.partnerqbr.portal.partner;

/**
 * A row that belongs to one partner (a deal, a scorecard, a dispute, a QBR...). Services load
 * such a row by id only through {@code PartnerService.find(Class, long, String)}, which answers
 * "not found" when the caller may not act on its partner: the one place partner users are
 * confined to their own partner.
 */
public interface OfPartner {

    Partner getPartner();
}
