package com.partnerqbr.portal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The response times of one benchmark run by phase and page, and the figures printed from them:
 * requests, errors, pages per second over the phase's wall time (the sum of its windows' when it ran
 * in several), p50/p95/p99.
 */
final class PageTimes {

    /**
     * One page of one phase: its response times and errors, and for each window of the phase when its
     * first request left and its last answer came.
     */
    private static final class Page {
        private final List<Integer> millis = new ArrayList<>();
        private int errors;
        private final Map<Integer, long[]> windows = new TreeMap<>();

        synchronized void add(int window, int responseMillis, boolean ok, long end) {
            millis.add(responseMillis);
            if (!ok) {
                errors++;
            }
            long[] span = windows.computeIfAbsent(window, w -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            span[0] = Math.min(span[0], end - responseMillis);
            span[1] = Math.max(span[1], end);
        }
    }

    /** The figures of one page (or of all pages of a phase). */
    record Figures(String page, int requests, int errors, double perSecond, int p50, int p95, int p99, int max) {
    }

    private final Map<String, Map<String, Page>> phases = new ConcurrentSkipListMap<>();

    void record(String phase, int window, String page, int responseMillis, boolean ok) {
        phases.computeIfAbsent(phase, p -> new ConcurrentSkipListMap<>())
                .computeIfAbsent(page, p -> new Page())
                .add(window, responseMillis, ok, System.currentTimeMillis());
    }

    /** Each page's figures, then "all pages" over the phase's wall time; empty for a phase that did not run. */
    List<Figures> figures(String phase) {
        List<Figures> result = new ArrayList<>();
        Map<String, Page> pages = phases.getOrDefault(phase, Map.of());
        if (pages.isEmpty()) {
            return result;
        }
        Map<Integer, long[]> spans = new TreeMap<>();
        List<Integer> all = new ArrayList<>();
        int errors = 0;
        for (Page page : pages.values()) {
            synchronized (page) {
                page.windows.forEach((window, span) -> spans.merge(window, span.clone(),
                        (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}));
                all.addAll(page.millis);
                errors += page.errors;
            }
        }
        long millis = spans.values().stream().mapToLong(span -> span[1] - span[0]).sum();
        double seconds = Math.max(1, millis) / 1000.0;
        for (Map.Entry<String, Page> entry : pages.entrySet()) {
            synchronized (entry.getValue()) {
                result.add(figures(entry.getKey(), entry.getValue().millis, entry.getValue().errors, seconds));
            }
        }
        if (pages.size() > 1) {
            result.add(figures("all pages", all, errors, seconds));
        }
        return result;
    }

    private static Figures figures(String page, List<Integer> millis, int errors, double seconds) {
        List<Integer> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return new Figures(page, sorted.size(), errors, sorted.size() / seconds,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
    }

    /** The nearest-rank percentile. */
    private static int percentile(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The report: a table per phase, then the ratio of each pages phase's throughput to the static resource's. */
    String report(String heading, List<String> phaseTitles, String staticPhase, List<String> pagesPhases) {
        StringBuilder out = new StringBuilder(heading).append("\n");
        for (String title : phaseTitles) {
            String phase = title.substring(0, title.indexOf(':'));
            out.append("\n").append(title).append("\n");
            out.append(String.format(Locale.ROOT, "  %-28s %8s %7s %9s %7s %7s %7s %7s%n",
                    "page", "requests", "errors", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms"));
            for (Figures f : figures(phase)) {
                out.append(String.format(Locale.ROOT, "  %-28s %8d %7d %9.1f %7d %7d %7d %7d%n",
                        f.page(), f.requests(), f.errors(), f.perSecond(), f.p50(), f.p95(), f.p99(), f.max()));
            }
        }
        double staticPerSecond = total(staticPhase);
        if (staticPerSecond > 0) {
            out.append("\n");
            for (String pagesPhase : pagesPhases) {
                double pagesPerSecond = total(pagesPhase);
                out.append(String.format(Locale.ROOT, "Page throughput of %s / static resource throughput: %.1f / %.1f = 1/%.1f%n",
                        pagesPhase, pagesPerSecond, staticPerSecond, staticPerSecond / Math.max(0.001, pagesPerSecond)));
            }
        }
        return out.toString();
    }

    private double total(String phase) {
        List<Figures> figures = figures(phase);
        return figures.isEmpty() ? 0 : figures.get(figures.size() - 1).perSecond();
    }

    static void write(String figuresFile, String report) {
        if (figuresFile == null || figuresFile.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(figuresFile), report);
        } catch (IOException e) {
            System.err.println("Could not write " + figuresFile + ": " + e.getMessage());
        }
    }
}
