package ru.nko42.portal.web.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.ItemClaimedException;
import ru.nko42.portal.moderation.boundary.ItemDecidedException;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueItem;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.Dates;

/**
 * One queue item, {@code /moderation/item?id=}: what it is (the kind's own fragment shows it), who works on it, and
 * the decision. The item is read when the view is built, because the kind decides which fragment it includes. A
 * decision someone else took first is shown with who took it and how; what the moderator typed stays.
 */
@Named("moderationItem")
@ViewScoped
public class ModerationItemBacking implements Serializable, ReasonHolder {

    private static final long serialVersionUID = 1L;

    @Inject
    ModerationService moderation;

    @Inject
    Dates dates;

    private Long id;
    private QueueItem item;
    private String reason;

    @PostConstruct
    void read() {
        try {
            id = Long.valueOf(Faces.getRequestParameter("id"));
            item = moderation.item(id);
        } catch (NumberFormatException | NotPermittedException e) {
            item = null;
        }
    }

    /** Page load: an unknown item, or one outside the moderator's municipalities, is "not found". */
    public void load() throws IOException {
        if (item == null) {
            Faces.responseSendError(404, "");
        }
    }

    public String claim() {
        return act(() -> moderation.claim(id), "moderation.claimed");
    }

    public String release() {
        return act(() -> moderation.release(id), "moderation.released");
    }

    public String decide(String decision) {
        Decision chosen = Decision.valueOf(decision);
        try {
            moderation.decide(id, chosen, reason);
        } catch (InvalidInputException e) {
            Messages.error("decide:reason", e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            showRefusal(e);
            return null;
        }
        Messages.info("moderation.decided." + chosen.name());
        Messages.keepForNextPage();
        return "/moderation/index?faces-redirect=true";
    }

    private String act(Supplier<QueueItem> action, String doneKey) {
        try {
            item = action.get();
            Messages.info(doneKey);
        } catch (BusinessException e) {
            showRefusal(e);
        }
        return null;
    }

    /** Says why the item could not be taken or decided (who was quicker, who holds it), and shows it as it is now. */
    private void showRefusal(BusinessException e) {
        if (e instanceof ItemDecidedException decided) {
            Messages.errorText(null, decidedFirst(decided));
        } else if (e instanceof ItemClaimedException claimed) {
            Messages.errorText(null, claimedBy(claimed));
        } else {
            Messages.error(null, e.messageKey(), null);
        }
        item = moderation.item(id);
    }

    private String decidedFirst(ItemDecidedException e) {
        String message = Messages.format(
                "moderation.error.decidedBy",
                e.decidedBy(),
                Messages.text("moderation.decision." + e.decision().name()),
                dates.dateTime(e.decidedAt()));
        return e.reason() == null
                ? message
                : message + " " + Messages.format("moderation.error.decidedBy.reason", e.reason());
    }

    private String claimedBy(ItemClaimedException e) {
        return Messages.format("moderation.error.claimedBy", e.claimedBy(), dates.dateTime(e.claimedUntil()));
    }

    /** The label of the button of a decision on this kind of item. */
    public String decisionLabel(Decision decision) {
        String specific = "moderation.decide." + item.kind() + "." + decision.name();
        return Messages.has(specific) ? Messages.text(specific) : Messages.text("moderation.decide." + decision.name());
    }

    /** The decisions of this kind, approval first and rejection last. */
    public List<Decision> getDecisions() {
        return List.of(Decision.APPROVED, Decision.CHANGES_REQUESTED, Decision.REJECTED).stream()
                .filter(item.decisions()::contains)
                .toList();
    }

    /** The fragment that shows what this kind of item is about. */
    public String getFragment() {
        return item == null ? "/WEB-INF/moderation/none.xhtml" : "/WEB-INF/moderation/" + item.kind() + ".xhtml";
    }

    public QueueItem getItem() {
        return item;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public void setReason(String reason) {
        this.reason = reason;
    }
}
