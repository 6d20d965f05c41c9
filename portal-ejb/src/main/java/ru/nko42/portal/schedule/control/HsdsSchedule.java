package ru.nko42.portal.schedule.control;

import java.math.BigDecimal;

/**
 * One Open Referral HSDS 3.0 {@code schedule} object as it travels, field for field, with dates and times as the
 * strings HSDS has ({@code "2026-06-01"}, {@code "09:00"}); null for an absent field. {@link HsdsSchedules} maps a
 * list of them to and from a {@link ru.nko42.portal.schedule.boundary.Schedule}; {@link HsdsScheduleJson} reads
 * and writes them as JSON.
 */
public record HsdsSchedule(
        String id,
        String serviceId,
        String locationId,
        String serviceAtLocationId,
        String validFrom,
        String validTo,
        String dtstart,
        BigDecimal timezone,
        String until,
        Integer count,
        String wkst,
        String freq,
        Integer interval,
        String byday,
        String byweekno,
        String bymonthday,
        String byyearday,
        String description,
        String opensAt,
        String closesAt,
        String scheduleLink,
        String attendingType,
        String notes) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this object's fields. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .serviceId(serviceId)
                .locationId(locationId)
                .serviceAtLocationId(serviceAtLocationId)
                .validFrom(validFrom)
                .validTo(validTo)
                .dtstart(dtstart)
                .timezone(timezone)
                .until(until)
                .count(count)
                .wkst(wkst)
                .freq(freq)
                .interval(interval)
                .byday(byday)
                .byweekno(byweekno)
                .bymonthday(bymonthday)
                .byyearday(byyearday)
                .description(description)
                .opensAt(opensAt)
                .closesAt(closesAt)
                .scheduleLink(scheduleLink)
                .attendingType(attendingType)
                .notes(notes);
    }

    /**
     * This object with the identifiers HSDS wants: its own {@code id} (a UUID) and whose schedule it is; the
     * mapping leaves them to the caller, who knows the service or location.
     */
    public HsdsSchedule withIdentity(String id, String serviceId, String locationId, String serviceAtLocationId) {
        return toBuilder()
                .id(id)
                .serviceId(serviceId)
                .locationId(locationId)
                .serviceAtLocationId(serviceAtLocationId)
                .build();
    }

    /** Builds an {@link HsdsSchedule} field by field. */
    public static final class Builder {
        private String id;
        private String serviceId;
        private String locationId;
        private String serviceAtLocationId;
        private String validFrom;
        private String validTo;
        private String dtstart;
        private BigDecimal timezone;
        private String until;
        private Integer count;
        private String wkst;
        private String freq;
        private Integer interval;
        private String byday;
        private String byweekno;
        private String bymonthday;
        private String byyearday;
        private String description;
        private String opensAt;
        private String closesAt;
        private String scheduleLink;
        private String attendingType;
        private String notes;

        private Builder() {}

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder serviceId(String value) {
            serviceId = value;
            return this;
        }

        public Builder locationId(String value) {
            locationId = value;
            return this;
        }

        public Builder serviceAtLocationId(String value) {
            serviceAtLocationId = value;
            return this;
        }

        public Builder validFrom(String value) {
            validFrom = value;
            return this;
        }

        public Builder validTo(String value) {
            validTo = value;
            return this;
        }

        public Builder dtstart(String value) {
            dtstart = value;
            return this;
        }

        public Builder timezone(BigDecimal value) {
            timezone = value;
            return this;
        }

        public Builder until(String value) {
            until = value;
            return this;
        }

        public Builder count(Integer value) {
            count = value;
            return this;
        }

        public Builder wkst(String value) {
            wkst = value;
            return this;
        }

        public Builder freq(String value) {
            freq = value;
            return this;
        }

        public Builder interval(Integer value) {
            interval = value;
            return this;
        }

        public Builder byday(String value) {
            byday = value;
            return this;
        }

        public Builder byweekno(String value) {
            byweekno = value;
            return this;
        }

        public Builder bymonthday(String value) {
            bymonthday = value;
            return this;
        }

        public Builder byyearday(String value) {
            byyearday = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder opensAt(String value) {
            opensAt = value;
            return this;
        }

        public Builder closesAt(String value) {
            closesAt = value;
            return this;
        }

        public Builder scheduleLink(String value) {
            scheduleLink = value;
            return this;
        }

        public Builder attendingType(String value) {
            attendingType = value;
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        public HsdsSchedule build() {
            return new HsdsSchedule(
                    id,
                    serviceId,
                    locationId,
                    serviceAtLocationId,
                    validFrom,
                    validTo,
                    dtstart,
                    timezone,
                    until,
                    count,
                    wkst,
                    freq,
                    interval,
                    byday,
                    byweekno,
                    bymonthday,
                    byyearday,
                    description,
                    opensAt,
                    closesAt,
                    scheduleLink,
                    attendingType,
                    notes);
        }
    }
}
