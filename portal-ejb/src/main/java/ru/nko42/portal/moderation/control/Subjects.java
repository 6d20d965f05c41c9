package ru.nko42.portal.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import ru.nko42.portal.moderation.boundary.ModerationSubject;

/** The kinds of queue item the deployed features provide, found by CDI. */
@ApplicationScoped
public class Subjects {

    @Inject
    @Any
    Instance<ModerationSubject> subjects;

    public ModerationSubject of(String kind) {
        return subjects.stream()
                .filter(subject -> subject.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no moderation subject of kind " + kind));
    }

    public List<String> kinds() {
        return subjects.stream().map(ModerationSubject::kind).sorted().toList();
    }
}
