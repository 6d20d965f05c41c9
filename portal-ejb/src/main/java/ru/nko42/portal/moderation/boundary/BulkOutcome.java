package ru.nko42.portal.moderation.boundary;

import java.util.List;

/** What a bulk approval did: how many items it approved, and each it could not with the reason's message key. */
public record BulkOutcome(int approved, List<Refusal> refused) {

    public record Refusal(long itemId, String title, String messageKey) {}
}
