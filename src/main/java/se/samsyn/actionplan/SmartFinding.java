package se.samsyn.actionplan;

/**
 * One remark of the SMART checklist on a goal: a message key ({@code actionplan.smart.*}) and the word it is about,
 * if any.
 */
public record SmartFinding(String key, String word) {}
