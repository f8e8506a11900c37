/**
 * Spreadsheets in: the native tables as one Excel workbook (sheets ecosystems, actors, ties, read
 * with fastexcel-reader and validated by the native CSV rules), the template workbook, and member
 * lists matched to existing actors. Problems name the sheet, row and column header.
 */
package org.brobygge.ingest.sheets;
