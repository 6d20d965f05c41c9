package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import ru.nko42.portal.search.boundary.Facet;
import ru.nko42.portal.search.boundary.FacetDimension;

/**
 * Runs a drill-down query collecting its top hits and, in the same pass, the counts of every dimension with every
 * OTHER dimension's filter applied (Lucene's drill sideways), from the searcher's cached facet state.
 */
final class FacetCounter {

    /** The top hits and the counts. */
    record Counted(TopDocs hits, List<Facet> facets) {}

    private static final Comparator<Facet.Value> MOST_FIRST =
            Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::code);

    private FacetCounter() {}

    /** The first {@code topN} hits in the sort's order, and the counts; the searcher must have a facet state. */
    static Counted search(ServiceSearcher searcher, DrillDownQuery query, Sort sort, int topN) throws IOException {
        DrillSideways sideways = new DrillSideways(searcher, ServiceDocuments.facets(), searcher.facetState());
        DrillSideways.DrillSidewaysResult result = sideways.search(query, null, null, topN, sort, false);
        return new Counted(result.hits, facets(result.facets));
    }

    private static List<Facet> facets(Facets counts) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            FacetResult result = counts == null ? null : counts.getAllChildren(ServiceDocuments.dimension(dimension));
            List<Facet.Value> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new Facet.Value(value.label, value.value.longValue()));
                }
            }
            values.sort(MOST_FIRST);
            facets.add(new Facet(dimension, values));
        }
        return facets;
    }
}
