package com.partnerqbr.portal.review;

import com.partnerqbr.portal.program.segment.Segment;

/**
 * A partner and its segment in a quarter, as the QBR lists read them (a JPQL constructor
 * expression: the row by name, never an {@code Object[]} by position).
 */
public record SegmentedPartner(Long partnerId, String partnerName, Segment segment) {
}
