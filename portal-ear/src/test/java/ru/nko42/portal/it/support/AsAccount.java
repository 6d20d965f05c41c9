package ru.nko42.portal.it.support;

import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
import ru.nko42.portal.model.account.AccountRole;

/**
 * Runs test code inside the container as a logged-in account: an Elytron identity of the deployment's security
 * domain, named by the account's e-mail (what the portal's identity store makes the caller principal) and holding
 * the account's roles. EJB role checks and the injected {@link java.security.Principal} both see it. The test WAR
 * must be prepared by {@link #enableIn(WebArchive)}.
 */
public record AsAccount(String email, Set<String> roles) {

    /**
     * Lets the WAR's tests act as accounts: the Elytron API as a module dependency, and the portal's application
     * security domain "other" named explicitly (WildFly gives it to every WAR by default, and then
     * {@link SecurityDomain#getCurrent()} finds the domain the EJBs check).
     */
    public static WebArchive enableIn(WebArchive war) {
        return war.addClass(AsAccount.class)
                .addAsWebInfResource(
                        new File("src/test/resources/jboss-deployment-structure-elytron.xml"),
                        "jboss-deployment-structure.xml")
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><security-domain>other</security-domain></jboss-web>"),
                        "jboss-web.xml");
    }

    public static AsAccount of(String email, AccountRole... roles) {
        return new AsAccount(email, Arrays.stream(roles).map(AccountRole::name).collect(Collectors.toSet()));
    }

    /** What the work returns, computed as this account; what it throws arrives as thrown. */
    public <T> T call(Supplier<T> work) {
        return identity().runAsFunction((supplier, unused) -> supplier.get(), work, null);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private SecurityIdentity identity() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No security domain for this deployment: see AsAccount.enableIn");
        }
        return domain.createAdHocIdentity(email).withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
    }
}
