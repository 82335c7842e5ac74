package se.samsyn.shared;

/** Roles a user holds per organisation and workspace. Labels live in the common bundle ({@code role.ADMIN}). */
public enum Role {
    ADMIN,
    COORDINATOR,
    MUNICIPAL_POLICE,
    ANALYST,
    REPORTER,
    READER,
    DECISION_MAKER
}
