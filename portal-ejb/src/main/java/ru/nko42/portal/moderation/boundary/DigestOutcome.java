package ru.nko42.portal.moderation.boundary;

/** One run of the moderators' digest: how many moderators want it, how many got a mail, how many failed. */
public record DigestOutcome(int moderators, int mailed, int failed) {}
