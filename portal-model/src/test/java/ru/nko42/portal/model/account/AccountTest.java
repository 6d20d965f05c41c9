package ru.nko42.portal.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.model.directory.Municipality;

class AccountTest {

    private final Municipality kemerovo =
            new Municipality("kemerovsky-go", "Кемеровский ГО", "Kemerovo", "городской округ", "Кемерово");
    private final Municipality yurga =
            new Municipality("yurginsky-go", "Юргинский ГО", "Yurga", "городской округ", "Юрга");

    @Test
    void aModeratorModeratesOnlyTheAssignedMunicipalities() {
        Account moderator = active(AccountRole.MODERATOR);
        moderator.assignMunicipalities(List.of(kemerovo));

        assertThat(moderator.moderates(kemerovo)).isTrue();
        assertThat(moderator.moderates(yurga)).isFalse();

        moderator.assignMunicipalities(List.of(yurga));
        assertThat(moderator.getMunicipalities()).containsExactly(yurga);
        assertThat(moderator.moderates(kemerovo)).isFalse();
    }

    @Test
    void aRegionalModeratorAndAnAdministratorModerateEveryMunicipality() {
        Account regional = active(AccountRole.MODERATOR);
        regional.setRegional(true);
        Account admin = active(AccountRole.ADMIN);

        assertThat(regional.moderates(yurga)).isTrue();
        assertThat(admin.moderates(yurga)).isTrue();
    }

    @Test
    void membersBlockedModeratorsAndRegionalFlagsWithoutTheRoleModerateNothing() {
        Account member = active(AccountRole.MEMBER);
        member.setRegional(true);
        member.assignMunicipalities(List.of(kemerovo));
        Account blocked = active(AccountRole.MODERATOR);
        blocked.assignMunicipalities(List.of(kemerovo));
        blocked.setStatus(AccountStatus.BLOCKED);

        assertThat(member.moderates(kemerovo)).isFalse();
        assertThat(blocked.moderates(kemerovo)).isFalse();
    }

    @Test
    void aNewAccountWantsTheDigestAndIsNotRegional() {
        Account account = active(AccountRole.MODERATOR);

        assertThat(account.isDigest()).isTrue();
        assertThat(account.isRegional()).isFalse();
        assertThat(account.getMunicipalities()).isEmpty();
    }

    private static Account active(AccountRole role) {
        Account account = new Account("someone@example.org", "hash", "Someone", "ru");
        account.setStatus(AccountStatus.ACTIVE);
        account.grant(role);
        return account;
    }
}
