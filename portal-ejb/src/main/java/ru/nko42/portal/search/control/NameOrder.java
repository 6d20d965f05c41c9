package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;

/**
 * The order of the services of one view by name, then by id, as one rank a document, computed once when the view
 * is opened: sorting a search's matches by name then compares two ints instead of looking up and comparing the
 * names' bytes (which made a search of every service, by name, cost as much as the broadest text search). Gives the
 * same order as sorting by {@link ServiceDocuments#NAME_SORT} then {@link ServiceDocuments#ID}.
 */
final class NameOrder {

    private static final String FIELD = "name_rank";

    /** The rank of each document of the view, by its index in the whole view (doc base plus doc). */
    private final int[] ranks;

    private NameOrder(int[] ranks) {
        this.ranks = ranks;
    }

    /** Ranks the documents of the view by their name's sort key, then by id. */
    static NameOrder of(IndexReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        SortedDocValues names = MultiDocValues.getSortedValues(reader, ServiceDocuments.NAME_SORT);
        long[] ids = new long[maxDoc];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues leafIds = DocValues.getNumeric(leaf.reader(), ServiceDocuments.ID);
            for (int doc = leafIds.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = leafIds.nextDoc()) {
                ids[leaf.docBase + doc] = leafIds.longValue();
            }
        }
        // the name's global ordinal (0 for none, as missing names sort first), then the document: one long each
        long[] keys = new long[maxDoc];
        int[] ords = new int[maxDoc];
        if (names != null) {
            for (int doc = names.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = names.nextDoc()) {
                ords[doc] = names.ordValue() + 1;
            }
        }
        for (int doc = 0; doc < maxDoc; doc++) {
            keys[doc] = ((long) ords[doc] << 32) | doc;
        }
        Arrays.sort(keys);
        int[] ranks = new int[maxDoc];
        int rank = 0;
        for (int from = 0; from < maxDoc; ) {
            int to = from + 1;
            while (to < maxDoc && keys[to] >>> 32 == keys[from] >>> 32) {
                to++;
            }
            if (to - from > 1) {
                // one name, several services: by id
                Long[] byId = new Long[to - from];
                for (int i = from; i < to; i++) {
                    byId[i - from] = keys[i];
                }
                Arrays.sort(byId, (a, b) -> Long.compare(ids[(int) (long) a], ids[(int) (long) b]));
                for (Long key : byId) {
                    ranks[(int) (long) key] = rank++;
                }
            } else {
                ranks[(int) keys[from]] = rank++;
            }
            from = to;
        }
        return new NameOrder(ranks);
    }

    /** Sorts by name, then by id, in this view. */
    SortField sortField() {
        return new SortField(FIELD, new Source());
    }

    private final class Source extends FieldComparatorSource {

        @Override
        public FieldComparator<?> newComparator(String fieldname, int numHits, Pruning pruning, boolean reversed) {
            return new Comparator(numHits);
        }
    }

    /** Compares the ranks. */
    private final class Comparator extends FieldComparator<Integer> {

        private final int[] slots;
        private int bottom;
        private int top;

        Comparator(int numHits) {
            slots = new int[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            return Integer.compare(slots[slot1], slots[slot2]);
        }

        @Override
        public void setTopValue(Integer value) {
            top = value;
        }

        @Override
        public Integer value(int slot) {
            return slots[slot];
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) {
            int docBase = context.docBase;
            return new LeafFieldComparator() {
                @Override
                public void setBottom(int slot) {
                    bottom = slots[slot];
                }

                @Override
                public int compareBottom(int doc) {
                    return Integer.compare(bottom, ranks[docBase + doc]);
                }

                @Override
                public int compareTop(int doc) {
                    return Integer.compare(top, ranks[docBase + doc]);
                }

                @Override
                public void copy(int slot, int doc) {
                    slots[slot] = ranks[docBase + doc];
                }

                @Override
                public void setScorer(Scorable scorer) {}
            };
        }
    }
}
