package se.samsyn.incident.domain;

/** Others the reporter told: räddningstjänst, fastighetsägare, felanmälan, bevakningsföretag. */
public enum OtherParty { RESCUE_SERVICE, PROPERTY_OWNER, FAULT_REPORT, SECURITY_COMPANY }
