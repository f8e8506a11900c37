/**
 * ADAPTER. Gaps over time: the trend of one ecosystem or of every ecosystem year by year, and the
 * evaluation between a baseline and a follow-up (one ecosystem, or the region ranked), as JSON or
 * Markdown. Package-private controllers and their own response records.
 */
package org.brobygge.web.evaluation;
