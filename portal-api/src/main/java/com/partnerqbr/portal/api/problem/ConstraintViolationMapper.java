package com.partnerqbr.portal.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation of a resource method's parameters failed: a 400 naming each parameter
 * by the name the request uses ({@code limit}, not {@code list.arg0}) with the
 * constraint's message. A property of a {@code @BeanParam} or of a request body is named
 * by its own parameter annotation, else by the property's name. A violated constraint on a
 * return value is the server's fault: 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::isOnReturnValue);
        if (returnValue) {
            LOG.log(Level.SEVERE, "API response failed its constraints", e);
            return HttpProblems.of(500).toResponse();
        }
        List<InvalidParameter> errors = e.getConstraintViolations().stream()
                .map(this::invalidParameter)
                .sorted(Comparator.comparing(InvalidParameter::getName).thenComparing(InvalidParameter::getReason))
                .toList();
        return Problem.invalidParameters(errors).toResponse();
    }

    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private InvalidParameter invalidParameter(ConstraintViolation<?> violation) {
        RequestParameter parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = methodParameter(node.as(Path.ParameterNode.class));
            } else if (node.getKind() == ElementKind.PROPERTY) {
                parameter = beanParameter(violation.getLeafBean(), node.getName());
            }
        }
        if (parameter == null) {
            parameter = new RequestParameter(violation.getPropertyPath().toString(), "request");
        }
        return parameter.invalid(violation.getMessage());
    }

    private RequestParameter methodParameter(Path.ParameterNode node) {
        Method method = resource.getResourceMethod();
        Annotation[][] annotations = method.getParameterAnnotations();
        int index = node.getParameterIndex();
        return index < annotations.length ? RequestParameter.of(annotations[index], node.getName())
                : new RequestParameter(node.getName(), "request");
    }

    /** A field of a {@code @BeanParam} class: its own JAX-RS annotation names it. */
    private static RequestParameter beanParameter(Object bean, String property) {
        for (Class<?> type = bean == null ? null : bean.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(property);
                return RequestParameter.of(field.getAnnotations(), property);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return new RequestParameter(property, "request");
    }
}
