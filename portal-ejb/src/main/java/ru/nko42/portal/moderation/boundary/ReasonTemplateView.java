package ru.nko42.portal.moderation.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.moderation.ReasonTemplate;

/** A reason template a moderator may pick: its title to choose by and the text that fills the reason field. */
public record ReasonTemplateView(long id, String title, String body) implements Serializable {

    static ReasonTemplateView of(ReasonTemplate template) {
        return new ReasonTemplateView(template.getId(), template.getTitle(), template.getBody());
    }
}
