package com.partnerqbr.portal.api.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;

/** A request parameter as the client sees it: its name and where it is (query, path...). */
record RequestParameter(String name, String in) {

    /** The parameter that the JAX-RS annotations among these bind; the fallback when there is none. */
    static RequestParameter of(Annotation[] annotations, String fallbackName) {
        for (Annotation annotation : annotations) {
            RequestParameter bound = of(annotation);
            if (bound != null) {
                return bound;
            }
        }
        return new RequestParameter(fallbackName, "body");
    }

    private static RequestParameter of(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return new RequestParameter(query.value(), "query");
        } else if (annotation instanceof PathParam path) {
            return new RequestParameter(path.value(), "path");
        } else if (annotation instanceof HeaderParam header) {
            return new RequestParameter(header.value(), "header");
        } else if (annotation instanceof CookieParam cookie) {
            return new RequestParameter(cookie.value(), "cookie");
        } else if (annotation instanceof FormParam form) {
            return new RequestParameter(form.value(), "form");
        } else if (annotation instanceof MatrixParam matrix) {
            return new RequestParameter(matrix.value(), "matrix");
        }
        return null;
    }

    /** Where a parameter of this JAX-RS annotation type is. */
    static String in(Class<? extends Annotation> type) {
        if (type == QueryParam.class) {
            return "query";
        } else if (type == PathParam.class) {
            return "path";
        } else if (type == HeaderParam.class) {
            return "header";
        } else if (type == CookieParam.class) {
            return "cookie";
        } else if (type == FormParam.class) {
            return "form";
        } else if (type == MatrixParam.class) {
            return "matrix";
        }
        return "request";
    }

    InvalidParameter invalid(String reason) {
        return new InvalidParameter(name, in, reason);
    }
}
