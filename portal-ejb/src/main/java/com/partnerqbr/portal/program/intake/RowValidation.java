package com.partnerqbr.portal.program.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every row of one kind against its rules and the vendor's program, and the rows
 * against each other: no key (external id, a partner's code) twice. Pure: no database, so it is tested on its own.
 */
final class RowValidation {

    /** The rows that passed, and every problem of those that did not. */
    record Checked<R extends RowRules.CheckedRow>(List<R> rows, List<ImportProblem> problems) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    private RowValidation() {
    }

    /**
     * External ids are compared ignoring letter case, as the database's unique key does
     * ({@code D-1} and {@code d-1} are one record).
     */
    static String key(String externalId) {
        return externalId.toLowerCase(Locale.ROOT);
    }

    static <R extends RowRules.CheckedRow> Checked<R> check(ProgramDataKind kind, RowRules<R> rules,
                                                             List<IncomingRow> rows, ImportContext context) {
        List<ImportProblem> problems = new ArrayList<>();
        List<R> checked = new ArrayList<>(rows.size());
        Map<String, Long> firstLineOfId = new HashMap<>();
        for (IncomingRow row : rows) {
            int problemsBefore = problems.size();
            for (String name : row.values().keySet()) {
                if (kind.column(name).isEmpty()) {
                    problems.add(new ImportProblem(row.line(), name,
                            "unknown column: " + kind.plural() + " have " + kind.columnList()));
                }
            }
            R result = rules.read(new RowFields(row, context, problems));
            String externalId = result != null ? result.externalId() : row.value(rules.keyColumn());
            if (externalId != null) {
                Long first = firstLineOfId.putIfAbsent(key(externalId), row.line());
                if (first != null) {
                    problems.add(new ImportProblem(row.line(), rules.keyColumn(), rules.keyColumn().replace('_', ' ')
                            + " " + externalId + " appears again: first on line " + first));
                }
            }
            if (result != null && problems.size() == problemsBefore) {
                checked.add(result);
            }
        }
        problems.addAll(rules.acrossRows(checked));
        problems.sort(ImportProblem.BY_LINE);
        return new Checked<>(checked, problems);
    }
}
