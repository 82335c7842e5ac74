package se.samsyn.policeevents;

/** What the API's gps point is the centroid of. Never a street address. */
public enum GpsPrecision {
    MUNICIPALITY,
    COUNTY
}
