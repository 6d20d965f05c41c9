package ru.nko42.portal.web.moderation;

/** A page whose form has a reason field a template can fill. */
public interface ReasonHolder {

    String getReason();

    void setReason(String reason);
}
