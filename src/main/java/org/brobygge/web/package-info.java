/**
 * ADAPTER. The JSON API, by feature in sub-packages ({@code gaps}, {@code bridges}, {@code
 * centrality}, {@code network}, {@code actors}, {@code imports}), each with its package-private
 * {@code @RestController}s and {@code *Response} records; here what they share: {@link
 * org.brobygge.web.ApiException}, {@link org.brobygge.web.NetworkViews} (the ecosystem/ego scope of
 * a request) and one {@link org.springframework.web.bind.annotation.RestControllerAdvice} that
 * turns every error into RFC 9457 problem details; {@link org.brobygge.web.KeptAnswers}, which
 * answers a repeated read of a {@link org.brobygge.web.SnapshotAnswer} endpoint with the bytes kept
 * with its analysis session; and the strategists' web app, whose pages ({@code static/app/}, plain
 * ES modules over this API) {@code PageController} serves under shareable addresses. Imports {@code
 * model}, {@code graph}, {@code analysis}, {@code store}, {@code ingest} and Spring; never {@code
 * org.neo4j.driver}.
 */
package org.brobygge.web;
