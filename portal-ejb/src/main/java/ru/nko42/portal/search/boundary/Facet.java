package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The counts of one dimension's values among the services a search finds when every OTHER dimension's filter is
 * applied (drill sideways): choosing another value of this dimension gives that many. Values no found service
 * has are missing; the most frequent come first.
 */
public record Facet(FacetDimension dimension, List<Value> values) implements Serializable {

    /** A value of the dimension and how many services have it. */
    public record Value(String code, long count) implements Serializable {}

    public Facet {
        values = List.copyOf(values);
    }

    /** How many services have the value; 0 for a value missing here. */
    public long count(String code) {
        return values.stream()
                .filter(value -> value.code().equals(code))
                .mapToLong(Value::count)
                .findFirst()
                .orElse(0);
    }
}
