package com.partnerqbr.portal.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller of the current request. The web layer establishes it once per request from
 * the authenticated identity; jobs and imports act for one vendor through
 * {@link #runAs(Caller, Supplier)} or {@link #runAs(Caller, Runnable)}. {@link TenantInterceptor} reads it at the start of
 * every service call.
 */
@RequestScoped
public class CallerContext {

    private Caller caller;

    /**
     * Sets the caller for this request. A request belongs to one caller: a second, different one
     * is a programming error (the tenant is there, it would be replaced), refused as such.
     */
    public void establish(Caller newCaller) {
        if (caller != null && !caller.equals(newCaller)) {
            throw new IllegalStateException("the caller of a request cannot change");
        }
        caller = newCaller;
    }

    /** Runs work as another caller (a job for one vendor), then restores the previous one. */
    public <T> T runAs(Caller actingCaller, Supplier<T> work) {
        Caller previous = caller;
        caller = actingCaller;
        try {
            return work.get();
        } finally {
            caller = previous;
        }
    }

    /** Does work as another caller (a job for one vendor), then restores the previous one. */
    public void runAs(Caller actingCaller, Runnable work) {
        runAs(actingCaller, () -> {
            work.run();
            return null;
        });
    }

    /** The caller; fails loudly when there is none. */
    public Caller current() {
        if (caller == null) {
            throw new MissingTenantException("no authenticated caller: refusing to run without a tenant");
        }
        return caller;
    }

    /** The caller, if it is one of the vendor's staff; otherwise refused with the given reason. */
    public Caller requireVendorStaff(String refusal) {
        Caller caller = current();
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException(refusal);
        }
        return caller;
    }

    /** The caller, if it {@linkplain Caller#may may} do what the permission names; otherwise refused with its reason. */
    public Caller require(Permission permission) {
        Caller caller = current();
        if (!caller.may(permission)) {
            throw new AccessDeniedException(permission.refusal());
        }
        return caller;
    }

    public Optional<Caller> find() {
        return Optional.ofNullable(caller);
    }
}
