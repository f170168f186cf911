package com.partnerqbr.portal.tenancy;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs part of a long service call on another thread, for the same caller, so that the
 * call keeps both the server's and the database's cores busy (a quarter's refresh writes
 * its chunks in parallel lanes). The work runs with the caller established, so every
 * service it calls runs in that caller's tenant through {@link TenantInterceptor}, like any
 * other call; it runs outside any transaction, so each service call it makes has a
 * transaction of its own and sees only committed data. Pass the calling thread's own
 * caller: like {@link CallerContext#runAs}, this is for services acting for their caller,
 * never for switching tenant.
 */
@Stateless
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ParallelWork {

    @Inject
    private CallerContext callerContext;

    /** Starts the work on a thread of the server's asynchronous pool, as the caller. */
    @Asynchronous
    public <T> Future<T> run(Caller caller, Supplier<T> work) {
        if (caller == null) {
            throw new MissingTenantException("no caller for parallel work: refusing to run without a tenant");
        }
        return CompletableFuture.completedFuture(callerContext.runAs(caller, work));
    }

    /** Waits for one piece of work and returns its result, or throws its failure as the work threw it. */
    public static <T> T result(Future<T> running) {
        return results(List.of(running)).get(0);
    }

    /**
     * Waits for every piece of work, then returns their results in order, or throws the
     * first failure (as the work threw it) once all have ended: none is left running.
     */
    public static <T> List<T> results(List<Future<T>> running) {
        List<T> results = new ArrayList<>(running.size());
        RuntimeException failure = null;
        for (Future<T> future : running) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for parallel work", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}
