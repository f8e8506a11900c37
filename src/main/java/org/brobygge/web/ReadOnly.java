package org.brobygge.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST (or other non-GET) endpoint that computes an answer from its body and writes
 * nothing, such as {@code POST /api/what-if}: it needs no write token. Every other non-GET
 * endpoint, including any added later, needs one ({@link WriteAccess}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnly {}
