package com.partnerqbr.portal.program.intake;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Why an import was refused, pointing at where.
 *
 * @param line    the line of the file (or position in the API request) of the row at fault;
 *                0 when the problem is with the file as a whole
 * @param column  the column (API field) at fault; null when it is the whole row or file
 * @param message what is wrong, for the person who fixes the file
 */
public record ImportProblem(long line, String column, String message) implements Serializable {

    /** File order: by line; within a line, in the order found. */
    static final Comparator<ImportProblem> BY_LINE = Comparator.comparingLong(ImportProblem::line);

    /** A problem with the file as a whole rather than one of its rows. */
    static ImportProblem ofFile(String message) {
        return new ImportProblem(0, null, message);
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
