package com.partnerqbr.portal.tail;

import java.time.Instant;

/** A program review file as listed ({@code ProgramReviewFile.listed}): all but its content. */
public record ListedFile(Long id, Long sessionId, String title, String fileName, long size, String addedBy,
                         Instant addedAt) {
}
