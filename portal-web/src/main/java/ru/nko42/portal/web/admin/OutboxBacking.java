package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import ru.nko42.portal.mail.boundary.OutboxEntry;
import ru.nko42.portal.mail.boundary.OutboxService;
import ru.nko42.portal.model.mail.OutboxState;
import ru.nko42.portal.web.account.Messages;

/**
 * The mail outbox page, {@code /admin/outbox?state=PENDING|SENDING|SENT|FAILED&page=N}: how many mails are in
 * each state, one page of them newest first, and "send again" for the mails given up.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxService service;

    private String stateParameter;
    private int page;
    private OutboxState state;
    private Map<OutboxState, Long> counts;
    private List<OutboxEntry> entries;

    /** Page load: an unknown state is "not found"; a page past the end is simply empty. */
    public void load() throws IOException {
        if (stateParameter != null && !stateParameter.isEmpty()) {
            try {
                state = OutboxState.valueOf(stateParameter);
            } catch (IllegalArgumentException e) {
                Faces.responseSendError(404, "");
                return;
            }
        }
        page = Math.max(page, 0);
        counts = service.counts();
        entries = service.page(state, page);
    }

    public String retry(long id) {
        Messages.info(service.retry(id) ? "admin.outbox.retried" : "admin.outbox.retry.gone");
        Messages.keepForNextPage();
        return "/admin/outbox?faces-redirect=true" + (state == null ? "" : "&state=" + state) + "&page=" + page;
    }

    public OutboxState[] getStates() {
        return OutboxState.values();
    }

    public boolean isCurrent(OutboxState candidate) {
        return candidate == state;
    }

    /** The portal's badge colours: sent green, waiting yellow, given up red. */
    public String badge(OutboxState of) {
        return switch (of) {
            case SENT -> "badge--PUBLISHED";
            case PENDING, SENDING -> "badge--PENDING";
            case FAILED -> "badge--REJECTED";
        };
    }

    public long count(OutboxState of) {
        return counts.getOrDefault(of, 0L);
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        long shown = state == null ? getTotal() : count(state);
        return (long) (page + 1) * OutboxService.PAGE_SIZE < shown;
    }

    /** The query string of another page under the same filter. */
    public String query(int otherPage) {
        return (state == null ? "?" : "?state=" + state + "&") + "page=" + otherPage;
    }

    public OutboxState getState() {
        return state;
    }

    public List<OutboxEntry> getEntries() {
        return entries;
    }

    public String getStateParameter() {
        return stateParameter;
    }

    public void setStateParameter(String stateParameter) {
        this.stateParameter = stateParameter;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
