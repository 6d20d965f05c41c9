package ru.nko42.portal.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.nko42.portal.model.common.BaseEntity;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.services.SocialService;

/**
 * "Something here is wrong", sent by anyone without an account about one public subject: an organization's profile
 * now, a listing later ({@code subjectType} and {@code subjectId}; {@code organization} where the subject belongs to
 * one). The text is kept as typed (plain text, escaped wherever it is shown). Of the sender only a keyed hash of the
 * address is kept, to count their reports; the contact is optional and only moderators read it.
 */
@Entity
@Table(name = "citizen_report")
@NamedQuery(
        name = CitizenReport.COUNT_FROM_SENDER_SINCE,
        query = "SELECT COUNT(r) FROM CitizenReport r WHERE r.senderHash = :sender AND r.createdAt > :since")
public class CitizenReport extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_FROM_SENDER_SINCE = "CitizenReport.countFromSenderSince";
    /** The subject type of a report about an organization's public profile. */
    public static final String ORGANIZATION = "organization";
    /** The subject type of a report about a service's public page. */
    public static final String SERVICE = "service";

    public static final int SUBJECT_TYPE_LENGTH = 40;
    public static final int TEXT_LENGTH = 2000;
    public static final int CONTACT_LENGTH = 200;
    /** SHA-256 in hexadecimal. */
    public static final int SENDER_HASH_LENGTH = 64;

    @NotBlank
    @Size(max = SUBJECT_TYPE_LENGTH)
    @Column(name = "subject_type", nullable = false, updatable = false, length = SUBJECT_TYPE_LENGTH)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", updatable = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", updatable = false)
    private SocialService service;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Size(max = CONTACT_LENGTH)
    @Column(name = "contact", updatable = false, length = CONTACT_LENGTH)
    private String contact;

    @NotBlank
    @Size(min = SENDER_HASH_LENGTH, max = SENDER_HASH_LENGTH)
    @Column(name = "sender_hash", nullable = false, updatable = false, length = SENDER_HASH_LENGTH)
    private String senderHash;

    protected CitizenReport() {}

    private CitizenReport(
            String subjectType,
            long subjectId,
            Organization organization,
            String text,
            String contact,
            String senderHash) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.organization = organization;
        this.text = text;
        this.contact = contact;
        this.senderHash = senderHash;
    }

    /** A report about an organization's public profile. */
    public static CitizenReport aboutOrganization(
            Organization organization, String text, String contact, String senderHash) {
        return new CitizenReport(ORGANIZATION, organization.getId(), organization, text, contact, senderHash);
    }

    /** A report about a service's public page: it belongs to the service's organization too. */
    public static CitizenReport aboutService(SocialService service, String text, String contact, String senderHash) {
        CitizenReport report =
                new CitizenReport(SERVICE, service.getId(), service.getOrganization(), text, contact, senderHash);
        report.service = service;
        return report;
    }

    /** The service reported, or null for a report about an organization's profile. */
    public SocialService getService() {
        return service;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getText() {
        return text;
    }

    public String getContact() {
        return contact;
    }

    public String getSenderHash() {
        return senderHash;
    }
}
