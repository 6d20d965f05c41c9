package ru.nko42.portal.content.boundary;

/** A team member's own fields: the position and the contacts shown on the about page. */
public record TeamMemberDetails(String position, String email, String phone) implements PieceDetails {}
