package com.partnerqbr.portal.program.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README documents the columns of every kind exactly as the import reads them. */
class ImportLayoutDocumentedTest {

    private static final Path README = Path.of("..", "README.md");

    @ParameterizedTest
    @EnumSource(ProgramDataKind.class)
    void theReadmeListsTheColumnsOfEveryKind(ProgramDataKind kind) throws IOException {
        String readme = Files.readString(README);
        String table = table(kind);
        assertTrue(readme.contains(table), "README.md should hold, for " + kind.plural() + ":\n" + table);
    }

    /** The layout table of one kind, as the README shows it. */
    static String table(ProgramDataKind kind) {
        return "| column | required? | value | meaning |\n|---|---|---|---|\n" + kind.columns().stream()
                .map(c -> "| `" + c.name() + "` | " + (c.required() ? "required" : "optional") + " | "
                        + c.format() + " | " + c.note() + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }
}
