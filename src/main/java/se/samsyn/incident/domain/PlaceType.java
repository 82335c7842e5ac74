package se.samsyn.incident.domain;

/** Public or semi-public place (Socialstyrelsen: public space plus trapphus, källare, garage, köpcentrum). */
public enum PlaceType { OUTDOOR_PUBLIC, PARK, SCHOOL, TRANSPORT_NODE, STAIRWELL, BASEMENT_STORAGE, GARAGE, SHOPPING_CENTRE, OTHER }
