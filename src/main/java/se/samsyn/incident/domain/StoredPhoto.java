package se.samsyn.incident.domain;

/** A sanitized photo as stored: JPEG or PNG without metadata. */
public record StoredPhoto(String contentType, byte[] data) {}
