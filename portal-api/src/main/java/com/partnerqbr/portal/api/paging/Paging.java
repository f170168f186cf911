package com.partnerqbr.portal.api.paging;

/**
 * How a list endpoint pages: the {@code offset} and {@code limit} query parameters. A list
 * resource declares them as method parameters with their constraints, so that an invalid
 * value answers 400 naming the parameter, and answers a page type of its own (items,
 * offset, limit, total; see {@code PartnerPage}):
 *
 * <pre>{@code
 * public ThingPage list(
 *         @QueryParam(Paging.OFFSET) @DefaultValue("0") @PageOffset int offset,
 *         @QueryParam(Paging.LIMIT) @DefaultValue(Paging.DEFAULT_LIMIT) @PageLimit int limit)
 * }</pre>
 *
 * <p>Measured on Payara 6.2025.10, hence this shape: a {@code @BeanParam} makes Jersey log
 * a warning with stack traces whenever a field does not convert ({@code limit=abc}, a
 * client error); {@code @Min}/{@code @Max} directly on a {@code @QueryParam} crash
 * Payara's OpenAPI generator (it expects such constraints on path parameters only), while
 * the composed {@link PageOffset} and {@link PageLimit} validate the same and are left alone.
 */
public final class Paging {

    public static final String OFFSET = "offset";
    public static final String LIMIT = "limit";
    public static final String DEFAULT_LIMIT = "20";
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }
}
