package ru.nko42.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Stream;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.control.ServiceIndex;
import ru.nko42.portal.search.control.SynonymList;

/**
 * Generates the directory, indexes its services into a {@link ServiceIndex} on disk (answer cache off), then runs
 * the {@link QueryMix} at 1, 8 and 32 concurrent clients for a fixed time each after a warm-up, and prints one
 * table of latency percentiles and throughput; the same mix, in the same run, against the {@link LikeBaseline} (the
 * directory in MariaDB, searched with {@code LIKE '%...%'}).
 *
 * <p>Options, as {@code --name=value}: {@code services} (100000), {@code organizations} (20000), {@code seed} (42),
 * {@code clients} (1,8,32), {@code seconds} (20, measured at each level), {@code warmup} (5, at each level, plus a
 * first warm-up of twice that), {@code index} (bench/target/index), {@code repository} (.), {@code baseline} (true), {@code db} (bench/target/mariadb),
 * {@code db-port} (3338).
 */
public final class SearchBenchmark {

    private final Map<String, String> options;

    private SearchBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        new SearchBenchmark(options).run();
    }

    private void run() throws Exception {
        int serviceCount = number("services", 100_000);
        int organizationCount = number("organizations", 20_000);
        long seed = number("seed", 42);
        int seconds = number("seconds", 20);
        int warmup = number("warmup", 5);
        int[] levels = Arrays.stream(option("clients", "1,8,32").split(","))
                .mapToInt(level -> Integer.parseInt(level.strip()))
                .toArray();
        Path repository = Path.of(option("repository", ".")).toAbsolutePath().normalize();
        Path indexPath = Path.of(option("index", "bench/target/index")).toAbsolutePath();

        System.out.printf(
                "Java %s, %d cores, heap max %d MB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long started = System.nanoTime();
        List<Municipality> municipalities = Municipality.load(repository);
        DirectoryGenerator generator = new DirectoryGenerator(municipalities, seed);
        List<DirectoryGenerator.Organization> organizations = generator.organizations(organizationCount);
        List<IndexedService> services = generator.services(organizations, serviceCount);
        System.out.printf(
                "Directory: %,d organizations, %,d services, %d municipalities, seed %d (generated in %.1f s)%n",
                organizations.size(),
                services.size(),
                municipalities.size(),
                seed,
                seconds(started));
        System.out.println("  e.g. " + services.get(0).name() + " — " + services.get(0).organizationName());
        System.out.println("       " + services.get(0).description());

        deleteRecursively(indexPath);
        try (ServiceIndex index = ServiceIndex.open(indexPath, SynonymList.defaults(), 0)) {
            long indexing = System.nanoTime();
            services.forEach(index::put);
            double put = seconds(indexing);
            index.commit();
            double total = seconds(indexing);
            System.out.printf(
                    "Indexing: %,d services in %.1f s = %,.0f services/s (put %.1f s, commit and open the view %.1f s);"
                            + " %,.0f MB on disk%n",
                    index.count(),
                    total,
                    services.size() / total,
                    put,
                    total - put,
                    size(indexPath) / 1e6);

            List<QueryMix.Operation> mix = QueryMix.operations();
            Function<QueryMix.Operation, Object> lucene = operation -> operation.on(index);
            checkMix(LUCENE, lucene, mix);

            // Each engine is measured alone: the index before the MariaDB server is started and loaded, the
            // baseline after, so that neither the server's background work nor the other's load is in the figures.
            System.out.printf("Warm-up: %d s at %d clients%n", 2 * warmup, levels[levels.length - 1]);
            measure(lucene, mix, levels[levels.length - 1], 2 * warmup, 0);
            List<Row> rows = new ArrayList<>();
            Measured byOperation = null;
            for (int clients : levels) {
                Measured measured = measure(lucene, mix, clients, warmup, seconds);
                rows.add(row(LUCENE, clients, seconds, measured));
                if (byOperation == null) {
                    byOperation = measured;
                }
                System.out.printf("  %s: %d clients done%n", LUCENE, clients);
            }

            Measured baselineByOperation = null;
            if (Boolean.parseBoolean(option("baseline", "true"))) {
                Path data = Path.of(option("db", "bench/target/mariadb")).toAbsolutePath();
                deleteRecursively(data);
                long starting = System.nanoTime();
                try (LikeBaseline baseline = LikeBaseline.start(repository, data, number("db-port", 3338))) {
                    System.out.printf("MariaDB: started and migrated in %.1f s%n", seconds(starting));
                    long loading = System.nanoTime();
                    baseline.load(organizations, services, generator);
                    double loaded = seconds(loading);
                    System.out.printf(
                            "MariaDB: %,d organizations and %,d services loaded in %.1f s = %,.0f services/s%n",
                            organizations.size(),
                            services.size(),
                            loaded,
                            services.size() / loaded);
                    Function<QueryMix.Operation, Object> like = baseline::run;
                    checkMix(BASELINE, like, mix);
                    System.out.printf("Warm-up: %d s at %d clients%n", warmup, levels[levels.length - 1]);
                    measure(like, mix, levels[levels.length - 1], warmup, 0);
                    for (int clients : levels) {
                        Measured measured = measure(like, mix, clients, warmup, seconds);
                        rows.add(row(BASELINE, clients, seconds, measured));
                        if (baselineByOperation == null) {
                            baselineByOperation = measured;
                        }
                        System.out.printf("  %s: %d clients done%n", BASELINE, clients);
                    }
                }
            }
            rows.sort(Comparator.comparingInt(Row::clients));
            printTable(rows, seconds, mix.size());
            printBreakdown(LUCENE, mix, byOperation, levels[0]);
            if (baselineByOperation != null) {
                printBreakdown(BASELINE, mix, baselineByOperation, levels[0]);
            }
        }
    }

    private static final String LUCENE = "Lucene ServiceIndex";
    private static final String BASELINE = "MariaDB LIKE '%…%'";

    private static Row row(String engine, int clients, int seconds, Measured measured) {
        return new Row(
                engine,
                clients,
                measured.latencies().length / (double) seconds,
                measured.latencies(),
                measured.cpuNanos() / 1e6 / Math.max(1, measured.latencies().length));
    }

    /**
     * Runs each operation once, and says what it found: a mix of queries that find nothing measures nothing (and the
     * baseline, without stemming, synonyms and typos, finds nothing for more of them).
     */
    private static void checkMix(String engine, Function<QueryMix.Operation, Object> run, List<QueryMix.Operation> mix) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        List<String> empty = new ArrayList<>();
        long found = 0;
        for (QueryMix.Operation operation : mix) {
            kinds.merge(operation.kind(), 1, Integer::sum);
            Object answer = run.apply(operation);
            long total = answer instanceof SearchResult result
                    ? result.total()
                    : answer instanceof LikeBaseline.Answer like ? like.total() : ((List<?>) answer).size();
            found += total;
            if (total == 0) {
                empty.add(operation.label());
            }
        }
        System.out.printf(
                "Query mix on %s: %d operations %s, %,d found in all%n", engine, mix.size(), kinds, found);
        if (!empty.isEmpty()) {
            System.out.println("  finding nothing: " + empty);
        }
    }

    /** The latencies, those of each operation, and the CPU time the clients' threads used while measured. */
    private record Measured(
            long[] latencies, Map<Integer, long[]> byOperation, Map<Integer, Long> cpuByOperation, long cpuNanos) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Runs the mix at the number of clients for warm-up plus measured seconds; the latencies of the measured part,
     * all together and for each operation of the mix.
     */
    private static Measured measure(
            Function<QueryMix.Operation, Object> engine,
            List<QueryMix.Operation> mix,
            int clients,
            int warmup,
            int seconds)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        long[][] latencies = new long[clients][];
        long[] cpu = new long[clients];
        int[][] operations = new int[clients][];
        long[][] cpuTimes = new long[clients][];
        Thread[] threads = new Thread[clients];
        long[] from = new long[1];
        long[] until = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(
                    () -> {
                        LongList times = new LongList();
                        IntList which = new IntList();
                        LongList cpuOfEach = new LongList();
                        int next = (client * 7) % mix.size();
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        boolean measuring = false;
                        long cpuFrom = 0;
                        while (true) {
                            long before = System.nanoTime();
                            if (before >= until[0]) {
                                break;
                            }
                            if (!measuring && before >= from[0]) {
                                measuring = true;
                                cpuFrom = THREADS.getCurrentThreadCpuTime();
                            }
                            long cpuBefore = measuring ? THREADS.getCurrentThreadCpuTime() : 0;
                            engine.apply(mix.get(next));
                            long after = System.nanoTime();
                            if (before >= from[0]) {
                                times.add(after - before);
                                which.add(next);
                                cpuOfEach.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                            }
                            next = (next + 1) % mix.size();
                        }
                        cpu[client] = measuring ? THREADS.getCurrentThreadCpuTime() - cpuFrom : 0;
                        latencies[client] = times.toArray();
                        operations[client] = which.toArray();
                        cpuTimes[client] = cpuOfEach.toArray();
                    },
                    "client-" + c);
            threads[c].start();
        }
        long now = System.nanoTime();
        from[0] = now + warmup * 1_000_000_000L;
        until[0] = from[0] + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        LongList all = new LongList();
        Map<Integer, LongList> byOperation = new HashMap<>();
        Map<Integer, Long> cpuByOperation = new HashMap<>();
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < latencies[c].length; i++) {
                all.add(latencies[c][i]);
                cpuByOperation.merge(operations[c][i], cpuTimes[c][i], Long::sum);
                byOperation
                        .computeIfAbsent(operations[c][i], op -> new LongList())
                        .add(latencies[c][i]);
            }
        }
        Map<Integer, long[]> sorted = new HashMap<>();
        byOperation.forEach((op, times) -> {
            long[] array = times.toArray();
            Arrays.sort(array);
            sorted.put(op, array);
        });
        long[] array = all.toArray();
        Arrays.sort(array);
        return new Measured(array, sorted, cpuByOperation, Arrays.stream(cpu).sum());
    }

    private record Row(String engine, int clients, double throughput, long[] sorted, double cpuMsPerRequest) {}

    private static void printTable(List<Row> rows, int seconds, int mixSize) {
        System.out.println();
        System.out.printf(
                "Search, %d-operation mix, answer cache off, %d s measured at each level:%n%n", mixSize, seconds);
        System.out.println(
                "| clients | engine                    | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/request |");
        System.out.println(
                "|--------:|---------------------------|---------:|-----------:|-------:|-------:|-------:|-------:|---------------:|");
        Map<Integer, Double> luceneThroughput = new HashMap<>();
        for (Row row : rows) {
            boolean lucene = row.engine().equals(LUCENE);
            if (lucene) {
                luceneThroughput.put(row.clients(), row.throughput());
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %7d | %-25s | %8d | %10.1f | %6.1f | %6.1f | %6.1f | %6.1f | %14s |%n",
                    row.clients(),
                    row.engine(),
                    row.sorted().length,
                    row.throughput(),
                    ms(percentile(row.sorted(), 50)),
                    ms(percentile(row.sorted(), 95)),
                    ms(percentile(row.sorted(), 99)),
                    row.sorted().length == 0 ? 0 : ms(row.sorted()[row.sorted().length - 1]),
                    lucene ? String.format(Locale.ROOT, "%.2f", row.cpuMsPerRequest()) : "(in mariadbd)");
        }
        System.out.println();
        for (Row row : rows) {
            if (!row.engine().equals(LUCENE) && row.throughput() > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "Throughput, Lucene / MariaDB LIKE, at %d client(s): %.1f×%n",
                        row.clients(),
                        luceneThroughput.get(row.clients()) / row.throughput());
            }
        }
        System.out.println("CPU ms/request: CPU time of the client threads over requests (what the search costs,"
                + " whatever else the machine runs; the baseline's work is in the MariaDB server's threads, not"
                + " counted); load average " + loadAverage() + ".");
    }

    /**
     * The p50 and p95 latency of each operation, slowest first, and for the index the mean CPU time of its thread
     * (the baseline's work is in the MariaDB server's threads).
     */
    private static void printBreakdown(String engine, List<QueryMix.Operation> mix, Measured measured, int clients) {
        boolean lucene = engine.equals(LUCENE);
        System.out.printf(
                "%n%s by operation at %d client(s), slowest first (p50 / p95 ms%s):%n",
                engine, clients, lucene ? ", CPU ms/request" : "");
        measured.byOperation().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Integer, long[]> entry) -> percentile(entry.getValue(), 50))
                        .reversed())
                .forEach(entry -> System.out.printf(
                        Locale.ROOT,
                        "  %7.2f / %7.2f %s %-18s %s%n",
                        ms(percentile(entry.getValue(), 50)),
                        ms(percentile(entry.getValue(), 95)),
                        lucene
                                ? String.format(
                                        Locale.ROOT,
                                        " %7.2f ",
                                        ms(measured.cpuByOperation().getOrDefault(entry.getKey(), 0L))
                                                / entry.getValue().length)
                                : "",
                        mix.get(entry.getKey()).kind(),
                        mix.get(entry.getKey()).label()));
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private int number(String name, int defaultValue) {
        return Integer.parseInt(option(name, Integer.toString(defaultValue)).replace("_", ""));
    }

    private String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A growing array of longs, without boxing. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growing array of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
