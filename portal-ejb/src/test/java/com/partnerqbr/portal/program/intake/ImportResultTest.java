package com.partnerqbr.portal.program.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence a vendor admin reads after an import. */
class ImportResultTest {

    @Test
    void anAppliedImportCountsNewUpdatedAndUnchangedRows() {
        ImportResult result = ImportResult.applied(ProgramDataKind.DEALS, 100, 20, 0);
        assertTrue(result.isApplied());
        assertEquals(120, result.rows());
        assertEquals("Imported 120 deals: 100 new, 20 updated.", result.summary());
        assertEquals("Imported 1 co-sell activity: 0 new, 0 updated, 1 unchanged.",
                ImportResult.applied(ProgramDataKind.ACTIVITIES, 0, 0, 1).summary());
    }

    @Test
    void aRefusedImportSaysNothingWasImportedAndListsProblemsByLine() {
        ImportResult result = ImportResult.refused(ProgramDataKind.TARGETS, List.of(
                new ImportProblem(9, "quarter", "b"), new ImportProblem(3, "amount", "a"),
                new ImportProblem(9, "currency", "c")));
        assertFalse(result.isApplied());
        assertEquals(0, result.rows());
        assertEquals(List.of(3L, 9L, 9L), result.problems().stream().map(ImportProblem::line).toList());
        assertEquals("quarter", result.problems().get(1).column(), "problems of one line keep their order");
        assertEquals("Nothing was imported: 3 problems in 2 lines.", result.summary());
        assertEquals("Nothing was imported: 1 problem with the file.", ImportResult.refused(ProgramDataKind.DEALS,
                List.of(ImportProblem.ofFile("the file is larger than 10 MB: split it into smaller files"))).summary());
        assertThrows(IllegalArgumentException.class, () -> ImportResult.refused(ProgramDataKind.DEALS, List.of()));
    }
}
