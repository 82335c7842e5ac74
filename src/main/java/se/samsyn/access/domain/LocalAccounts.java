package se.samsyn.access.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up local accounts for form login. */
@Component
class LocalAccounts implements UserDetailsService {

    private final UserService users;

    LocalAccounts(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.principal(email)
                .filter(p -> p.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
