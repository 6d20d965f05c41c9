package ru.nko42.portal.moderation.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.moderation.ReasonTemplate;

/** A reason template as the administrators' page shows it, offered or not, with the version an edit starts from. */
public record ReasonTemplateRow(long id, long version, String title, String body, int position, boolean active)
        implements Serializable {

    static ReasonTemplateRow of(ReasonTemplate template) {
        return new ReasonTemplateRow(
                template.getId(),
                template.getVersion(),
                template.getTitle(),
                template.getBody(),
                template.getPosition(),
                template.isActive());
    }
}
