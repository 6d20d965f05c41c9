package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.Optional;
import ru.nko42.portal.directory.control.LogoStore;

/**
 * Organizations' logos for the web: by their random keys, which only a profile (published, or shown to its
 * representatives and moderators) gives away. Empty for a key that is malformed or names no stored logo.
 */
@Stateless
@PermitAll
public class LogoService {

    public Optional<byte[]> logo(String key) {
        return LogoStore.ofInstallation().read(key);
    }
}
