package ru.nko42.portal.moderation.boundary;

import java.io.Serializable;

/**
 * A reason template as an administrator types it: a new one, or a change to an existing one that remembers the
 * version it started from, so that a save over someone else's newer save is refused instead of overwriting it.
 */
public class ReasonTemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long baseVersion;
    private String title;
    private String body;

    /** An empty form for a new template, which goes to the end of the list. */
    public static ReasonTemplateForm newTemplate() {
        return new ReasonTemplateForm();
    }

    /** A form filled with a template as it is now. */
    public static ReasonTemplateForm editing(ReasonTemplateRow template) {
        ReasonTemplateForm form = new ReasonTemplateForm();
        form.id = template.id();
        form.baseVersion = template.version();
        form.title = template.title();
        form.body = template.body();
        return form;
    }

    /** The template this form changes; null for a new template. */
    public Long getId() {
        return id;
    }

    /** The version of the template when this form was filled. */
    public long getBaseVersion() {
        return baseVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
