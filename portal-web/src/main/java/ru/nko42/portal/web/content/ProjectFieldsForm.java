package ru.nko42.portal.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.content.boundary.Choice;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.ProjectDetails;
import ru.nko42.portal.content.boundary.ProjectEditingService;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentProject;

/** A project's own fields in the editor: funder, grant, period, goals, results, partners from the directory. */
@Named
@ViewScoped
public class ProjectFieldsForm implements PieceDetailsForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectEditingService projects;

    private String funder;
    private String grantNumber;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String goals;
    private String results;
    private List<Long> partnerIds = new ArrayList<>();
    private List<Choice> partnerChoices;

    @Override
    public ContentKind kind() {
        return ContentKind.PROJECT;
    }

    @Override
    public void show(PieceDetails details) {
        ProjectDetails project = (ProjectDetails) details;
        funder = project.funder();
        grantNumber = project.grantNumber();
        periodFrom = project.periodFrom();
        periodTo = project.periodTo();
        goals = project.goals();
        results = project.results();
        partnerIds = new ArrayList<>(project.partnerIds());
    }

    @Override
    public PieceDetails details() {
        return new ProjectDetails(funder, grantNumber, periodFrom, periodTo, goals, results, partnerIds);
    }

    /** The organizations published in the directory, which the partners' select offers. */
    public List<Choice> getPartnerChoices() {
        if (partnerChoices == null) {
            partnerChoices = projects.partners();
        }
        return partnerChoices;
    }

    public int getFunderLength() {
        return ContentProject.FUNDER_LENGTH;
    }

    public int getGrantNumberLength() {
        return ContentProject.GRANT_NUMBER_LENGTH;
    }

    public int getTextLength() {
        return ContentProject.TEXT_LENGTH;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public String getGrantNumber() {
        return grantNumber;
    }

    public void setGrantNumber(String grantNumber) {
        this.grantNumber = grantNumber;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds == null ? new ArrayList<>() : new ArrayList<>(partnerIds);
    }
}
