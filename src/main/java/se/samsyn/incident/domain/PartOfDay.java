package se.samsyn.incident.domain;

/** Natt 00–06, morgon 06–12, dag 12–18, kväll 18–24. */
public enum PartOfDay {
    NIGHT(0), MORNING(6), DAY(12), EVENING(18);

    private final int startHour;

    PartOfDay(int startHour) {
        this.startHour = startHour;
    }

    public int startHour() {
        return startHour;
    }
}
