package ru.nko42.portal.it.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import ru.nko42.portal.account.boundary.AccountMailRequested;

/** Catches the mails the account service asks for, so a test can follow the links in them. */
@ApplicationScoped
public class MailCatcher {

    private final List<AccountMailRequested> caught = new CopyOnWriteArrayList<>();

    void catchMail(@Observes AccountMailRequested mail) {
        caught.add(mail);
    }

    public List<AccountMailRequested> to(String email) {
        return caught.stream().filter(m -> m.email().equals(email)).toList();
    }

    public Optional<AccountMailRequested> last(String email, AccountMailRequested.Kind kind) {
        List<AccountMailRequested> matching =
                to(email).stream().filter(m -> m.kind() == kind).toList();
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }
}
