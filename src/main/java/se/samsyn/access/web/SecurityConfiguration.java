package se.samsyn.access.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.samsyn.access.AccessSettings;
import se.samsyn.access.domain.ApiTokenService;
import se.samsyn.access.domain.BearerTokenFilter;
import se.samsyn.access.domain.CurrentAccount;
import se.samsyn.access.domain.MunicipalIdentityProvider;
import se.samsyn.access.domain.UserService;
import se.samsyn.audit.AuditApi;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
        "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/public/**", "/open311/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, UserService users, JdbcClient jdbc,
            AuditApi audit, ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
        RequestMatcher api = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.startsWith("/actuator/");
        };
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(api).ignoringRequestMatchers("/open311/**"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            response.setCharacterEncoding("UTF-8");
                            response.getWriter().write("""
                                    {"type":"urn:samsyn:problem:access.error.unauthenticated","title":"Inloggning krävs",\
                                    "status":401,"code":"access.error.unauthenticated"}""");
                        }, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentAccount(users), AuthorizationFilter.class);
        var clients = oidcClients.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .clientRegistrationRepository(clients)
                    .userInfoEndpoint(u -> u.oidcUserService(new MunicipalIdentityProvider(users, jdbc, audit)))
                    .failureHandler(new OidcFailureHandler()));
        }
        return http.build();
    }

    @Bean
    @Conditional(OidcConfigured.class)
    ClientRegistrationRepository municipalIdentityProvider(AccessSettings settings) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.oidc().issuer())
                .registrationId("kommun")
                .clientId(settings.oidc().clientId())
                .clientSecret(settings.oidc().clientSecret())
                .clientName(settings.oidc().displayName())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
