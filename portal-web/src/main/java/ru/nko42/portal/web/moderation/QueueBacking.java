package ru.nko42.portal.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.omnifaces.util.Faces;
import ru.nko42.portal.moderation.boundary.BulkOutcome;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;
import ru.nko42.portal.moderation.boundary.QueuePage;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.QueryString;

/**
 * The queue, {@code /moderation/?kind=&municipality=&age=&page=}: what waits in the moderator's municipalities,
 * oldest first. The filter is a plain GET form, so a filtered queue can be bookmarked; approving several items at
 * once posts the ticked ones.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The age filter's choices, in days. */
    public static final List<Integer> AGES = List.of(1, 3, 7, 30);

    @Inject
    ModerationService moderation;

    private String kind;
    private String municipality;
    private Integer age;
    private String text;
    private Integer page;
    private QueuePage queue;

    public void load() {
        queue = moderation.queue(filter());
    }

    private QueueFilter filter() {
        return new QueueFilter(kind, municipality, age == null ? 0 : age, text, page == null ? 1 : page);
    }

    public String approveSelected() {
        String[] ticked = Faces.getRequestParameterValuesMap().get("item");
        List<Long> ids = ticked == null
                ? List.of()
                : Arrays.stream(ticked)
                        .map(QueueBacking::idOrNull)
                        .filter(Objects::nonNull)
                        .toList();
        if (ids.isEmpty()) {
            Messages.error(null, "moderation.bulk.none", null);
            return null;
        }
        BulkOutcome outcome = moderation.approveAll(ids);
        if (outcome.approved() > 0) {
            Messages.infoText(Messages.format("moderation.bulk.approved", outcome.approved()));
        }
        for (BulkOutcome.Refusal refusal : outcome.refused()) {
            Messages.errorText(null, refusal.title() + ": " + Messages.text(refusal.messageKey()));
        }
        Messages.keepForNextPage();
        return "/moderation/index?faces-redirect=true&" + pageQuery(page == null ? 1 : page);
    }

    private static Long idOrNull(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The query of the page {@code number} with the current filter. */
    public String pageQuery(int number) {
        return new QueryString()
                .add("kind", kind)
                .add("municipality", municipality)
                .add("age", age)
                .add("text", text)
                .add("page", number)
                .toString();
    }

    public boolean isFiltered() {
        QueueFilter filter = filter();
        return filter.kind() != null
                || filter.municipality() != null
                || filter.minimumAgeDays() > 0
                || filter.text() != null;
    }

    public List<Integer> getAges() {
        return AGES;
    }

    public QueuePage getQueue() {
        return queue;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
