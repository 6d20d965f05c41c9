package ru.nko42.portal.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.moderation.boundary.ReasonTemplateService;
import ru.nko42.portal.moderation.boundary.ReasonTemplateView;

/**
 * The reason templates of a decision form: the chosen one is added to what the reason field holds (after it, if
 * something is typed there already), to be edited before the decision is sent. Works without JavaScript.
 */
@Named
@RequestScoped
public class ReasonTemplates {

    @Inject
    ReasonTemplateService templates;

    private List<ReasonTemplateView> all;
    private Long chosen;

    public List<ReasonTemplateView> getAll() {
        if (all == null) {
            all = templates.active();
        }
        return all;
    }

    public String useIn(ReasonHolder holder) {
        getAll().stream()
                .filter(template -> template.id() == (chosen == null ? -1 : chosen))
                .findFirst()
                .ifPresent(template -> holder.setReason(
                        holder.getReason() == null || holder.getReason().isBlank()
                                ? template.body()
                                : holder.getReason().stripTrailing() + "\n\n" + template.body()));
        return null;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
