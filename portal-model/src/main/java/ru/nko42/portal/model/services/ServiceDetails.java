package ru.nko42.portal.model.services;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a member writes about a service, as one revision holds it (HSDS service): name, description, how to apply,
 * who may get it (eligibility and ages), what it costs, how many places it has and how many are free, and the hours
 * of a service given without a place (by phone, at home) as HSDS schedule JSON. The vocabularies, locations, phones,
 * prices and documents sit beside it on the revision.
 */
@Embeddable
public class ServiceDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Room for a week of rules with breaks and a year of holiday exceptions, as HSDS JSON. */
    public static final int SCHEDULE_LENGTH = 60_000;

    public static final int NAME_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int APPLY_LENGTH = 2000;
    public static final int ELIGIBILITY_LENGTH = 2000;
    public static final int FEES_LENGTH = 1000;
    public static final int EMAIL_LENGTH = 254;
    public static final int URL_LENGTH = 300;
    public static final int OLDEST_AGE = 120;
    public static final int MOST_PLACES = 100_000;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    /** How to apply (HSDS application_process). */
    @Size(max = APPLY_LENGTH)
    @Column(name = "how_to_apply", length = APPLY_LENGTH)
    private String howToApply;

    /** Who may get it, in words (HSDS eligibility_description). */
    @Size(max = ELIGIBILITY_LENGTH)
    @Column(name = "eligibility", length = ELIGIBILITY_LENGTH)
    private String eligibility;

    @Min(0)
    @Max(OLDEST_AGE)
    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Min(0)
    @Max(OLDEST_AGE)
    @Column(name = "maximum_age")
    private Integer maximumAge;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "fee", nullable = false, length = 20)
    private FeeKind fee = FeeKind.FREE;

    /** What is paid and when, in words (HSDS fees_description); the prices are cost options. */
    @Size(max = FEES_LENGTH)
    @Column(name = "fees_description", length = FEES_LENGTH)
    private String feesDescription;

    /** How many people it can take at once, if it is limited. */
    @PositiveOrZero
    @Max(MOST_PLACES)
    @Column(name = "capacity")
    private Integer capacity;

    /** How many of them are free now, as the member last said. */
    @PositiveOrZero
    @Max(MOST_PLACES)
    @Column(name = "free_places")
    private Integer freePlaces;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Size(max = URL_LENGTH)
    @Column(name = "url", length = URL_LENGTH)
    private String url;

    /** The hours of the service itself (by phone, at home), as a JSON array of HSDS schedules; null when none. */
    @Size(max = SCHEDULE_LENGTH)
    @Lob
    @Column(name = "schedule_json")
    private String scheduleJson;

    public ServiceDetails copy() {
        ServiceDetails copy = new ServiceDetails();
        copy.name = name;
        copy.description = description;
        copy.howToApply = howToApply;
        copy.eligibility = eligibility;
        copy.minimumAge = minimumAge;
        copy.maximumAge = maximumAge;
        copy.fee = fee;
        copy.feesDescription = feesDescription;
        copy.capacity = capacity;
        copy.freePlaces = freePlaces;
        copy.email = email;
        copy.url = url;
        copy.scheduleJson = scheduleJson;
        return copy;
    }

    public boolean isFree() {
        return fee == FeeKind.FREE;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHowToApply() {
        return howToApply;
    }

    public void setHowToApply(String howToApply) {
        this.howToApply = howToApply;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public FeeKind getFee() {
        return fee;
    }

    public void setFee(FeeKind fee) {
        this.fee = fee;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public void setFeesDescription(String feesDescription) {
        this.feesDescription = feesDescription;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getFreePlaces() {
        return freePlaces;
    }

    public void setFreePlaces(Integer freePlaces) {
        this.freePlaces = freePlaces;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getScheduleJson() {
        return scheduleJson;
    }

    public void setScheduleJson(String scheduleJson) {
        this.scheduleJson = scheduleJson;
    }
}
