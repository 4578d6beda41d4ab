package io.github.oxencodegen.model;

/**
 * The member names that let a nullable property carry JSON {@code null} on purpose, distinct from
 * leaving it out (Oxen treats the two differently for some models). All three are claimed in the
 * class's member scope, so they never take a property's name.
 *
 * @param flag  the builder method that sends {@code null} ({@code seedNull()}), also the name of the
 *              boolean field that remembers it in the class and its builder
 * @param query the accessor that tells an explicit {@code null} from an absent value ({@code isSeedNull()})
 * @param wire  the private methods through which Jackson writes and reads the property, so that a JSON
 *              {@code null} is kept ({@code seedJson})
 */
public record ExplicitNull(String flag, String query, String wire) {}
