package com.partnerqbr.portal.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HttpProblemsTest {

    @Test
    void theChallengeSaysInvalidTokenOnlyWhenABearerTokenWasSent() {
        assertEquals("Bearer realm=\"portal\"", HttpProblems.challenge(null));
        assertEquals("Bearer realm=\"portal\"", HttpProblems.challenge("Basic YWxpY2U6ZGVtbw=="));
        assertEquals("Bearer realm=\"portal\", error=\"invalid_token\"", HttpProblems.challenge("Bearer abc.def.ghi"));
        assertEquals("Bearer realm=\"portal\", error=\"invalid_token\"", HttpProblems.challenge("bearer abc"));
    }

    @Test
    void plainHttpErrorsAreAboutBlankWithTheStatusPhrase() {
        Problem problem = HttpProblems.of(404);
        assertEquals("about:blank", problem.getType());
        assertEquals("Not Found", problem.getTitle());
        assertEquals(404, problem.getStatus());
        assertEquals("There is no resource at this URL.", problem.getDetail());
        assertNull(problem.getErrors());
    }
}
