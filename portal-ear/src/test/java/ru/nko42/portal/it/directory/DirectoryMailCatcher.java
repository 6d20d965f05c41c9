package ru.nko42.portal.it.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;

/** Catches the directory's mails of committed transactions, to count them and to follow their links. */
@ApplicationScoped
public class DirectoryMailCatcher {

    private final List<DirectoryMailRequested> caught = new CopyOnWriteArrayList<>();

    void catchMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryMailRequested mail) {
        caught.add(mail);
    }

    public List<DirectoryMailRequested> to(String email, DirectoryMailRequested.Kind kind) {
        return caught.stream()
                .filter(m -> m.email().equals(email) && m.kind() == kind)
                .toList();
    }
}
