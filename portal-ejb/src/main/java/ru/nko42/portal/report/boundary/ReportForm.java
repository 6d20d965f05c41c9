package ru.nko42.portal.report.boundary;

import java.io.Serializable;

/**
 * A report as the public form sends it: what is wrong, and optionally how to reach the sender. {@code honeypot} is
 * the field people never see; only a robot fills it in.
 */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String contact;
    private String honeypot;

    public ReportForm() {}

    public ReportForm(String text, String contact) {
        this.text = text;
        this.contact = contact;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getHoneypot() {
        return honeypot;
    }

    public void setHoneypot(String honeypot) {
        this.honeypot = honeypot;
    }
}
