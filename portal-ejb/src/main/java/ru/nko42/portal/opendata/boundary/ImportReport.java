package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;
import java.util.List;

/** What an import did: how many records it created, updated, found unchanged and refused, and each refusal. */
public record ImportReport(int created, int updated, int unchanged, int refused, List<ImportRefusal> refusals)
        implements Serializable {

    public ImportReport {
        refusals = List.copyOf(refusals);
    }

    public int total() {
        return created + updated + unchanged + refused;
    }
}
