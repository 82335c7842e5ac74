package se.samsyn.incident.domain;

/** How near in place and time another report must be to be suggested as a duplicate (defaults 150 m, 7 days). */
public record DuplicateSettings(int radiusMetres, int days) {

    public static final DuplicateSettings DEFAULT = new DuplicateSettings(150, 7);
}
