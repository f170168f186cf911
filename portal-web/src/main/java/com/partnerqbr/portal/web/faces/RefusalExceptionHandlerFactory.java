package com.partnerqbr.portal.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/** Installs {@link RefusalExceptionHandler} in front of OmniFaces' full AJAX exception handler ({@code faces-config.xml}). */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
