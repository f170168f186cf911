package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.scorecard.Metric;
import java.math.BigDecimal;

/** What a person writes of a bet; the baseline is read from the scorecard, never typed. */
public record BetContent(String title, String whyItMatters, Metric metric, BigDecimal target,
                         String vendorCommitment, String partnerCommitment) {
}
