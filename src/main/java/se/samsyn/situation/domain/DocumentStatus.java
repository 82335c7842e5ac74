package se.samsyn.situation.domain;

/** Draft → review → approved (by a governance body) → published. Only drafts and documents in review can be edited. */
public enum DocumentStatus {
    DRAFT, REVIEW, APPROVED, PUBLISHED;

    public boolean editable() {
        return this == DRAFT || this == REVIEW;
    }
}
