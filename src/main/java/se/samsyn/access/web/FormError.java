package se.samsyn.access.web;

import org.springframework.ui.Model;
import se.samsyn.shared.SamsynException;

/** A rejected form value: which field it belongs to, so the page can show the message next to that input. */
record FormError(String field, String key, Object[] args) {

    static FormError of(SamsynException e) {
        return new FormError(fieldOf(e.messageKey()), e.messageKey(), e.arguments());
    }

    static FormError of(String field, String key) {
        return new FormError(field, key, new Object[0]);
    }

    void addTo(Model model) {
        model.addAttribute("error", this);
    }

    /** True when the page should show this error at the given field. */
    public boolean at(String name) {
        return field.equals(name);
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case "access.error.invalidEmail", "access.error.emailTaken" -> "email";
            case "access.error.nameRequired", "access.error.nameTooLong" -> "displayName";
            case "access.error.passwordTooShort", "access.error.passwordTooCommon", "access.error.passwordContainsEmail" ->
                "password";
            case "access.error.organisationNotGranted", "organisation.error.notFound" -> "organisation";
            case "access.error.districtNotInWorkspace" -> "district";
            case "access.error.roleRequired" -> "role";
            case "access.error.tokenNameRequired" -> "tokenName";
            case "access.error.tokenExpiryInPast" -> "expiresOn";
            default -> "form";
        };
    }
}
