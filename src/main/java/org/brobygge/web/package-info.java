/**
 * ADAPTER. The JSON API: package-private {@code @RestController}s, their {@code *Response} records,
 * and one {@link org.springframework.web.bind.annotation.RestControllerAdvice} that turns every
 * error into RFC 9457 problem details; and the strategists' web app, whose pages ({@code
 * static/app/}, plain ES modules over this API) {@code PageController} serves under shareable
 * addresses. Imports {@code model}, {@code graph}, {@code analysis}, {@code store}, {@code ingest}
 * and Spring; never {@code org.neo4j.driver}.
 */
package org.brobygge.web;
