package se.samsyn.geo.domain;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/** One validated polygon feature read from a GeoJSON file, before it becomes an area. */
record AreaFeature(int number, String name, @Nullable String code, Geometry geometry) {}
