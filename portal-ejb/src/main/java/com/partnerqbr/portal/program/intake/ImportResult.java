package com.partnerqbr.portal.program.intake;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: either every row was applied (counts) or nothing was, and
 * {@link #problems()} lists every reason.
 *
 * @param kind      what was imported
 * @param created   rows with an external id new to the vendor, inserted
 * @param updated   rows that changed an existing record
 * @param unchanged rows identical to the stored record
 * @param problems  empty when applied; otherwise every problem found, by line
 */
public record ImportResult(ProgramDataKind kind, int created, int updated, int unchanged, List<ImportProblem> problems)
        implements Serializable {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult applied(ProgramDataKind kind, int created, int updated, int unchanged) {
        return new ImportResult(kind, created, updated, unchanged, List.of());
    }

    static ImportResult refused(ProgramDataKind kind, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused import has at least one problem");
        }
        return new ImportResult(kind, 0, 0, 0, problems.stream().sorted(ImportProblem.BY_LINE).toList());
    }

    /** True when the rows were applied; false when nothing was changed. */
    public boolean isApplied() {
        return problems.isEmpty();
    }

    /** Rows applied: created + updated + unchanged. */
    public int rows() {
        return created + updated + unchanged;
    }

    /** One sentence for the person who imported: "Imported 120 deals: 100 new, 20 updated." */
    public String summary() {
        if (!isApplied()) {
            long rowsAtFault = problems.stream().map(ImportProblem::line).distinct().count();
            return "Nothing was imported: " + count(problems.size(), "problem", "problems")
                    + (rowsAtFault == 1 && problems.get(0).line() == 0 ? " with the file." : " in "
                    + count(rowsAtFault, "line", "lines") + ".");
        }
        StringBuilder text = new StringBuilder("Imported ")
                .append(count(rows(), kind.singular(), kind.plural()))
                .append(": ").append(created).append(" new, ").append(updated).append(" updated");
        if (unchanged > 0) {
            text.append(", ").append(unchanged).append(" unchanged");
        }
        return text.append('.').toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
