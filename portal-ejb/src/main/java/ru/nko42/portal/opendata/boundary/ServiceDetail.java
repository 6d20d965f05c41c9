package ru.nko42.portal.opendata.boundary;

/** How much of each service a list carries. */
public enum ServiceDetail {
    /** id and last_modified only (the API's {@code minimal=true}). */
    MINIMAL,
    /** the one-to-one fields with the organization's ({@code service_list.json}, the default). */
    LIST,
    /** the full document ({@code compiled/service.json}, the API's {@code full=true}). */
    FULL
}
