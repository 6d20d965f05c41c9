package ru.nko42.portal.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.account.control.EmailAddress;
import ru.nko42.portal.account.control.PasswordPolicy;
import ru.nko42.portal.model.account.AccountRole;

class DemoAccountsTest {

    @Test
    void everyRoleHasADemoAccountWhosePasswordPassesThePolicy() {
        var policy = new PasswordPolicy();
        assertThat(AccountBootstrap.DEMO_ACCOUNTS)
                .extracting(AccountBootstrap.DemoAccount::role)
                .containsExactlyInAnyOrder(AccountRole.values());
        AccountBootstrap.DEMO_ACCOUNTS.forEach(demo -> {
            assertThat(EmailAddress.isValid(demo.email())).as(demo.email()).isTrue();
            assertThat(policy.check(demo.password(), demo.email(), demo.name(), null)
                            .problems())
                    .as(demo.email())
                    .isEmpty();
        });
    }

    @Test
    void theReadmeListsEveryDemoLogin() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        AccountBootstrap.DEMO_ACCOUNTS.forEach(
                demo -> assertThat(readme).contains(demo.email()).contains(demo.password()));
        assertThat(Arrays.stream(AccountRole.values())).allMatch(role -> readme.contains(role.name()));
    }
}
