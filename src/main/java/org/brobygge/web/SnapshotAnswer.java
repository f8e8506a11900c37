package org.brobygge.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET endpoint (or every GET endpoint of a controller) whose answer is a function of the
 * request's path, query parameters and {@code Accept} header and of the analysis session served,
 * nothing else: no Neo4j query, no clock, no other header. {@link KeptAnswers} then keeps its
 * answer's bytes with the session and answers the same request again by copying them, until the
 * data changes. An endpoint that reads Neo4j (the actor list, one actor), streams its body (the
 * export), or depends on anything else must not carry it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SnapshotAnswer {}
