package se.samsyn.agreement.domain;

/** An uploaded file as stored: name, type and bytes. */
public record StoredFile(String name, String contentType, byte[] data) {}
