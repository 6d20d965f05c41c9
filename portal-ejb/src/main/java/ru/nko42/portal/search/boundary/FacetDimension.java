package ru.nko42.portal.search.boundary;

/**
 * What a search can be filtered by and counted by. The values of a dimension are codes (a municipality's code, a
 * 442-ФЗ type or form code, a recipient category's code, a language's code), or {@link #YES} and {@link #NO} for
 * {@link #FREE} and {@link #ACCESSIBLE}.
 */
public enum FacetDimension {
    MUNICIPALITY,
    TYPE,
    FORM,
    CATEGORY,
    FREE,
    ACCESSIBLE,
    LANGUAGE;

    /** The value of a yes/no dimension for the services that are free, or wheelchair accessible. */
    public static final String YES = "yes";
    /** The value of a yes/no dimension for the other services. */
    public static final String NO = "no";

    /** Whether the dimension has only the values {@link #YES} and {@link #NO}. */
    public boolean isYesNo() {
        return this == FREE || this == ACCESSIBLE;
    }

    /** {@link #YES} or {@link #NO}. */
    public static String yesNo(boolean value) {
        return value ? YES : NO;
    }
}
