package se.samsyn.shared;

/** A point in WGS84 (latitude, longitude) together with its SWEREF 99 TM projection (easting, northing in metres). */
public record GeoPoint(double lat, double lon, double swerefE, double swerefN) {}
