package dev.softdelete.examples.service;

/** One line of the roster: a live member of a live organisation. Filled by column label, see {@link Members#roster}. */
public record RosterLine(String organisation, String email, String name) {}
