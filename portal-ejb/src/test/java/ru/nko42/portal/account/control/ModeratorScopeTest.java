package ru.nko42.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

class ModeratorScopeTest {

    private static final Set<Long> ASSIGNED = Set.of(3L, 7L);
    private static final Supplier<Set<Long>> ASSIGNMENT = () -> ASSIGNED;
    private static final Supplier<Set<Long>> NOT_TO_BE_READ = () -> {
        throw new AssertionError("the assignment does not matter here");
    };

    @Test
    void aModeratorMayModerateTheAssignedMunicipalitiesOnly() {
        MunicipalityScope scope =
                ModeratorScope.of(AccountStatus.ACTIVE, roles(AccountRole.MODERATOR), false, ASSIGNMENT);

        assertThat(scope.all()).isFalse();
        assertThat(scope.ids()).containsExactlyInAnyOrder(3L, 7L);
        assertThat(scope.includes(3L)).isTrue();
        assertThat(scope.includes(4L)).isFalse();
    }

    @Test
    void aModeratorWithoutMunicipalitiesMayModerateNothing() {
        MunicipalityScope scope = ModeratorScope.of(AccountStatus.ACTIVE, roles(AccountRole.MODERATOR), false, Set::of);

        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.includes(3L)).isFalse();
    }

    @Test
    void aRegionalModeratorAndAnAdministratorMayModerateEveryMunicipality() {
        MunicipalityScope regional =
                ModeratorScope.of(AccountStatus.ACTIVE, roles(AccountRole.MODERATOR), true, NOT_TO_BE_READ);
        MunicipalityScope admin =
                ModeratorScope.of(AccountStatus.ACTIVE, roles(AccountRole.ADMIN), false, NOT_TO_BE_READ);

        assertThat(regional).isEqualTo(MunicipalityScope.ALL);
        assertThat(admin).isEqualTo(MunicipalityScope.ALL);
        assertThat(admin.includes(999L)).as("a municipality added later").isTrue();
    }

    @Test
    void membersEditorsAndBlockedModeratorsMayModerateNothing() {
        assertThat(ModeratorScope.of(
                        AccountStatus.ACTIVE, roles(AccountRole.MEMBER, AccountRole.EDITOR), true, NOT_TO_BE_READ))
                .isEqualTo(MunicipalityScope.NONE);
        assertThat(ModeratorScope.of(AccountStatus.BLOCKED, roles(AccountRole.MODERATOR), true, NOT_TO_BE_READ))
                .isEqualTo(MunicipalityScope.NONE);
        assertThat(ModeratorScope.of(AccountStatus.PENDING, roles(AccountRole.ADMIN), false, NOT_TO_BE_READ))
                .isEqualTo(MunicipalityScope.NONE);
    }

    private static Set<AccountRole> roles(AccountRole first, AccountRole... rest) {
        return EnumSet.of(first, rest);
    }
}
