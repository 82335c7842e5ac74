package se.samsyn.agreement;

/** Övergripande (framework, e.g. Stockholms stad ↔ Polisregion Stockholm) or lokal. Labels: {@code agreement.level.*}. */
public enum AgreementLevel {
    FRAMEWORK,
    LOCAL
}
