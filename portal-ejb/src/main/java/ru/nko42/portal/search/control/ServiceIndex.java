package ru.nko42.portal.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.SloppyMath;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;

/**
 * The search index of the published services, in a directory on the server's disk. One instance a directory (it
 * holds the directory's write lock until {@link #close()}), safe for any number of threads: writes go through
 * Lucene's one {@link IndexWriter}, searches share point-in-time views that a {@link SearcherManager} refreshes at
 * each {@link #commit()}.
 *
 * <p>What is put or removed becomes visible to searches, and survives a restart, at the next {@link #commit()}:
 * commit after each change of the database, or once after a batch when rebuilding. Methods throw
 * {@link UncheckedIOException} when the disk fails.
 */
public final class ServiceIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(ServiceIndex.class.getName());

    private static final String FORMAT_KEY = "portal.format";
    private static final String MARKER_KEY = "portal.marker";

    /** The searches and suggestions computed at once, at most: one a core; the others wait their turn. */
    static final int SEARCHES_AT_ONCE = Runtime.getRuntime().availableProcessors();

    /** The answers each view of the index keeps by default. */
    public static final int DEFAULT_CACHED_ANSWERS = 1000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer text = RussianAnalysis.text();
    private volatile ServiceQueryBuilder queries;
    private final Semaphore turns = new Semaphore(SEARCHES_AT_ONCE, true);

    private ServiceIndex(Directory directory, IndexWriter writer, SynonymList synonyms, int cachedAnswers)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.queries = new ServiceQueryBuilder(text, RussianAnalysis.query(synonyms));
        this.searchers = new SearcherManager(writer, ServiceSearcher.factory(cachedAnswers, new FacetOrdinals.Cache()));
    }

    /**
     * Opens the index in the directory, as {@link #open(Path, SynonymList, int)} does, keeping the last
     * {@value #DEFAULT_CACHED_ANSWERS} answers of each view.
     */
    public static ServiceIndex open(Path path, SynonymList synonyms) {
        return open(path, synonyms, DEFAULT_CACHED_ANSWERS);
    }

    /**
     * Opens the index in the directory, creating it (and the directory) when there is none. The directory is the
     * index's alone: an index Lucene cannot read there (damaged, or of another Lucene version) is deleted and
     * replaced by an empty one, which {@link #needsRebuild()}.
     *
     * @param synonyms the synonyms queries expand into
     * @param cachedAnswers how many answers (searches and suggestions) to keep for asking again until the next
     *     commit; 0 to compute every one (to measure the search itself, say)
     * @throws SynonymListException when the synonym list cannot be used
     */
    public static ServiceIndex open(Path path, SynonymList synonyms, int cachedAnswers) {
        Objects.requireNonNull(synonyms, "synonyms");
        if (cachedAnswers < 0) {
            throw new IllegalArgumentException("cachedAnswers < 0");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(path);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
                LOG.log(
                        Level.WARNING,
                        "the search index in " + path + " cannot be read; starting an empty one",
                        unreadable);
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            }
            try {
                return new ServiceIndex(directory, writer, synonyms, cachedAnswers);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /**
     * Makes queries expand into these synonyms from now on; the index itself needs nothing.
     *
     * @throws SynonymListException when the list cannot be used; the synonyms in use stay
     */
    public void useSynonyms(SynonymList synonyms) {
        queries = new ServiceQueryBuilder(text, RussianAnalysis.query(synonyms));
    }

    /** Adds the service, or replaces the one with its id. */
    public void put(IndexedService service) {
        try {
            writer.updateDocument(ServiceDocuments.idTerm(service.id()), ServiceDocuments.document(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the service with the id, if there is one. */
    public void remove(long id) {
        try {
            writer.deleteDocuments(ServiceDocuments.idTerm(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every service (before a rebuild, for example). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put and removed durable and visible to searches, keeping the marker of the last commit. */
    public void commit() {
        commit(marker().orElse(null));
    }

    /**
     * Makes what was put and removed durable and visible to searches, and keeps a marker with it that
     * {@link #marker()} gives back, after a restart too: what the index is up to (the time of the last change of
     * the database it follows, say), to tell at start whether it must catch up.
     */
    public void commit(String marker) {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, ServiceDocuments.FORMAT);
        if (marker != null) {
            data.put(MARKER_KEY, marker);
        }
        try {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marker of the last {@link #commit(String)}; empty when there was none. */
    public Optional<String> marker() {
        return Optional.ofNullable(commitData().get(MARKER_KEY));
    }

    /**
     * Whether the index must be rebuilt from the database: it was never committed (it is new, or replaced an
     * unreadable one), or it was written in another layout than this code's.
     */
    public boolean needsRebuild() {
        return !ServiceDocuments.FORMAT.equals(commitData().get(FORMAT_KEY));
    }

    /** How many services searches see (as of the last commit). */
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The services that match the request, one page of them, with the facet counts. */
    public SearchResult search(SearchRequest request) {
        ServiceQueryBuilder builder = queries;
        return withSearcher(searcher -> searcher.cache()
                .get(new SearchKey(builder, request), () -> inTurn(() -> search(searcher, builder, request))));
    }

    /**
     * The names of services beginning with what was typed, for the search box's autocomplete.
     *
     * @param typed the beginning of the words of a name, at least {@value Suggestions#MIN_LETTERS} letters
     * @param limit how many names at most
     */
    public List<String> suggest(String typed, int limit) {
        return withSearcher(searcher -> searcher.cache()
                .get(new SuggestKey(typed, limit), () -> inTurn(() -> Suggestions.of(searcher, typed, limit))));
    }

    /** Commits what is pending and releases the directory. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(directory);
        }
    }

    private static SearchResult search(ServiceSearcher searcher, ServiceQueryBuilder builder, SearchRequest request)
            throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return SearchResult.empty(request);
        }
        Query textQuery = builder.text(request.text(), searcher.vocabulary());
        Query query = textQuery == null && request.radiusKm() == null && request.among() == null
                ? null
                : builder.base(request, textQuery);
        Sort sort = ServiceQueryBuilder.sort(request, searcher.nameOrder().sortField());
        int page = request.page();
        FacetCounter.Counted counted =
                FacetCounter.search(searcher, query, request.filters(), sort, page * request.pageSize());
        long total = counted.hits().totalHits.value;
        int lastPage = (int) Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
        if (page > lastPage) {
            page = lastPage;
            counted = FacetCounter.search(searcher, query, request.filters(), sort, page * request.pageSize());
        }
        ScoreDoc[] top = counted.hits().scoreDocs;
        int from = Math.min((page - 1) * request.pageSize(), top.length);
        List<Hit> hits =
                hits(searcher, builder.analyzer(), request, textQuery, sort, Arrays.copyOfRange(top, from, top.length));
        return new SearchResult(hits, total, page, request.pageSize(), counted.facets());
    }

    private static List<Hit> hits(
            ServiceSearcher searcher, Analyzer text, SearchRequest request, Query textQuery, Sort sort, ScoreDoc[] page)
            throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        ServiceDocuments.Shown shown = ServiceDocuments.shown(searcher.getIndexReader(), docIds);
        List<Snippets.Highlighted> highlighted =
                Snippets.of(searcher, text, textQuery, docIds, shown.names(), shown.descriptions());
        boolean scored = sort.getSort()[0].getType() == SortField.Type.SCORE;
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = scored ? ((Number) ((FieldDoc) page[i]).fields[0]).floatValue() : 0f;
            hits.add(new Hit(
                    shown.ids()[i],
                    highlighted.get(i).name(),
                    shown.organizations()[i],
                    highlighted.get(i).snippet(),
                    nearestKm(request.origin(), shown.locations()[i]),
                    score));
        }
        return hits;
    }

    private static Double nearestKm(GeoPoint origin, List<GeoPoint> locations) {
        if (origin == null || locations.isEmpty()) {
            return null;
        }
        double nearest = Double.MAX_VALUE;
        for (GeoPoint location : locations) {
            nearest = Math.min(
                    nearest,
                    SloppyMath.haversinMeters(
                            origin.latitude(), origin.longitude(), location.latitude(), location.longitude()));
        }
        return nearest / 1000;
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            ServiceSearcher searcher = (ServiceSearcher) searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(ServiceDocuments.indexAnalyzer(RussianAnalysis.text()));
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "closing the search index", e);
            }
        }
    }

    /**
     * Does the work when it is its turn: at most {@link #SEARCHES_AT_ONCE} at once, the others waiting in the order
     * they came. A search uses one core from start to end; more searches at once than cores only share the cores,
     * so that every search of a burst takes as long as the whole burst, while in turn each waits for those before it
     * and then takes its own time: the same throughput, much less latency for most.
     */
    private <T> T inTurn(IoWork<T> work) {
        turns.acquireUninterruptibly();
        try {
            return unchecked(work);
        } finally {
            turns.release();
        }
    }

    private static <T> T unchecked(IoWork<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a search answer depends on: the query builder (its synonyms) and the request. */
    private record SearchKey(ServiceQueryBuilder builder, SearchRequest request) {}

    private record SuggestKey(String typed, int limit) {}

    @FunctionalInterface
    private interface SearcherWork<T> {
        T on(ServiceSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface IoWork<T> {
        T get() throws IOException;
    }
}
